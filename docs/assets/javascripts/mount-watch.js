// Watches for a questionnaire its modules never mounted (blocked by a content blocker, or a deploy that had not
// uploaded them yet): some seconds after the page has loaded, it shows the page's notice that says so, and the tool's
// root is marked, which hides the controls nothing serves (site.css). An attack review: the form took answers, said
// they were saved as the reader typed, kept none and lost them on reload. tool-page.js marks the mount, and hides
// the notice again if it mounted late. Written inline right after the notice (tool_render.py, no blank line):
// Material's instant navigation runs it again when it swaps the questionnaire in, after the load event, as it does
// the page's modules, in a new element without the written one's attributes; the notice names the tool's root.
(() => {
  const notice = document.currentScript?.previousElementSibling;
  /** Time for the page's modules to mount the questionnaire once the page has loaded (they run before, as a rule). */
  const MOUNT_GRACE_MS = 4000;
  const check = () => {
    const root = notice instanceof HTMLElement ? document.getElementById(notice.dataset.root ?? "") : null;
    if (!root || !(notice instanceof HTMLElement) || root.hasAttribute("data-mounted")) return;
    root.setAttribute("data-scripts", "failed");
    notice.hidden = false;
  };
  const wait = () => setTimeout(check, MOUNT_GRACE_MS);
  if (document.readyState === "complete") wait();
  else addEventListener("load", wait, { once: true });
})();
