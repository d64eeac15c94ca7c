// The questionnaire page: starts the engine when the page is shown and reports its state.
// Material's instant navigation does not re-run scripts, so this subscribes to document$ and acts
// only when the page has the tool's root element.
(() => {
  "use strict";

  const STAGE_TEXT = {
    idle: "The decision engine starts when this page opens.",
    downloading: "Downloading the decision engine",
    starting: "Starting Python…",
    installing: "Installing the decision engine…",
  };

  function describe(state) {
    if (state.stage === "ready") {
      const v = state.version;
      return `Engine ready (decision_engine ${v.engine}, Python ${v.python})`;
    }
    if (state.stage === "failed") {
      return `The decision engine could not start: ${state.reason}.`;
    }
    if (state.stage === "downloading" && state.total > 0) {
      const mb = (n) => (n / 1_000_000).toFixed(1);
      return `${STAGE_TEXT.downloading}: ${mb(state.loaded)} of ${mb(state.total)} MB…`;
    }
    return STAGE_TEXT[state.stage] ?? STAGE_TEXT.idle;
  }

  function mount(root) {
    const status = root.querySelector("#sw-engine-status");
    const engine = window.scaleWhatEngine;
    const unsubscribe = engine.subscribe((state) => {
      status.textContent = describe(state);
      root.dataset.engineStage = state.stage;
    });
    engine.start({
      runtimeUrl: new URL(root.dataset.runtime, location.href).href,
      wheelUrl: new URL(root.dataset.wheel, location.href).href,
    });
    return unsubscribe;
  }

  let unmount = null;
  document$.subscribe(() => {
    if (unmount) unmount();
    unmount = null;
    const root = document.getElementById("sw-tool");
    if (root) unmount = mount(root);
  });
})();
