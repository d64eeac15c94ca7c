"""Build-time edits to Pyodide's generated runtime module (pyodide.asm.mjs): the same linking, less work per boot.

Every boot of Pyodide, from a memory snapshot too, links its main WebAssembly module as Emscripten's dynamic linker
links a shared library, in `receiveInstance`. On a return visit to the questionnaire that linking took 150-245 ms
of the engine worker's ~1.1 s here (bench/notes.md), more than anything else on the boot's path:

- `updateGOT` gives each of the module's ~8,500 exports an entry in the global offset table (GOT): a table slot
  for a function, and a `WebAssembly.Global` holding the address, so that a side module loaded later can import
  it. The module imports a few hundred of them itself; the rest are made for side modules (packages with C
  extensions), which this site never loads.
- `reportUndefinedSymbols` then gives each JavaScript function the module imports by address (~260) a wrapper:
  one small WebAssembly module compiled and instantiated per function.

The edits keep every address exactly as Emscripten assigns it (the same table slots in the same order, so a memory
snapshot made by either runtime boots the other) and do less work to get there:

1. A GOT entry's global is made when something asks for it. The GOT becomes a proxy over the globals made so far;
   the addresses not asked for yet wait in a map. Reading an entry, listing the GOT or a side module importing from
   it makes the global as before.
2. The JavaScript functions that will need a wrapper are found first, and all their wrappers come from one module,
   compiled and instantiated once; each is the same function type around the same function.

tests/pyodide/test_runtime_patch.py boots the edited and the original runtime side by side and compares every GOT
entry and the function table, and boots each from the other's snapshot. Each edit names the exact text of the
pinned runtime it replaces, and the build stops if that text is not found exactly once: a new Pyodide is checked
again, never patched blindly.
"""

from __future__ import annotations

from dataclasses import dataclass


class RuntimePatchError(RuntimeError):
    """Pyodide's runtime module does not hold the text an edit replaces (a new Pyodide): check the edits."""


@dataclass(frozen=True)
class Edit:
    """Replace ``old`` (found exactly once in the module) with ``new``; ``why`` names the edit in errors."""

    why: str
    old: str
    new: str


# A GOT entry as Emscripten makes one: a mutable i32 global.
_GLOBAL = 'new WebAssembly.Global({value:"i32",mutable:true},'

# The deferred GOT (edit 1): GOT_made holds the globals made, GOT_deferred the addresses not asked for yet.
_LAZY_GOT = (
    "var GOT_made={};var GOT_deferred=new Map;"
    # Before anything lists the GOT or reads a property descriptor, every deferred global is made.
    f"var GOT_makeAll=()=>{{for(var[sym,address]of GOT_deferred){{GOT_made[sym]={_GLOBAL}address)}}"
    "GOT_deferred.clear()};"
    "var GOT=new Proxy(GOT_made,{"
    "get(made,sym){var entry=made[sym];if(entry===undefined&&GOT_deferred.has(sym)){"
    f"entry=made[sym]={_GLOBAL}GOT_deferred.get(sym));GOT_deferred.delete(sym)}}return entry}},"
    "set(made,sym,entry){GOT_deferred.delete(sym);made[sym]=entry;return true},"
    "defineProperty(made,sym,descriptor){GOT_deferred.delete(sym);return Reflect.defineProperty(made,sym,descriptor)},"
    "deleteProperty(made,sym){GOT_deferred.delete(sym);return delete made[sym]},"
    "has(made,sym){return sym in made||GOT_deferred.has(sym)},"
    "ownKeys(made){GOT_makeAll();return Reflect.ownKeys(made)},"
    "getOwnPropertyDescriptor(made,sym){GOT_makeAll();return Reflect.getOwnPropertyDescriptor(made,sym)}});"
)

# The wrappers made ahead (edit 2): the functions reportUndefinedSymbols will put in the table that are not
# WebAssembly (a function Emscripten's JavaScript library gives a signature, `sig`), not in the table yet. Function
# i of one module imports function i with its signature (Emscripten's own type encoding, generateTypePack) and
# exports it as "i": what convertJsFunctionToWasm makes for one function, made for all at once.
_WRAP_AHEAD = (
    "var GOT_wrapped=new Map;"
    "var GOT_leb=n=>{var out=[];do{var byte=n&127;n>>>=7;if(n)byte|=128;out.push(byte)}while(n);return out};"
    "var GOT_name=s=>[...GOT_leb(s.length),...Array.from(s,c=>c.charCodeAt(0))];"
    "var GOT_section=(id,body)=>[id,...GOT_leb(body.length),...body];"
    "var GOT_wrapAhead=()=>{var funcs=[];"
    "for(var[symName,entry]of Object.entries(GOT_made)){if(entry.value!=-1)continue;"
    "var value=resolveGlobalSymbol(symName,true).sym;"
    'if(typeof value=="function"&&typeof value.sig=="string"&&!GOT_wrapped.has(value)&&!getFunctionAddress(value))'
    "{GOT_wrapped.set(value,null);funcs.push(value)}}"
    "if(!funcs.length)return;"
    "var types=GOT_leb(funcs.length),imports=GOT_leb(funcs.length),exports=GOT_leb(funcs.length),given={};"
    "funcs.forEach((func,i)=>{var sig=func.sig;"
    'types.push(96,...generateTypePack(sig.slice(1)),...generateTypePack(sig[0]==="v"?"":sig[0]));'
    'imports.push(...GOT_name("e"),...GOT_name(String(i)),0,...GOT_leb(i));'
    "exports.push(...GOT_name(String(i)),0,...GOT_leb(i));given[i]=func});"
    "var bytes=Uint8Array.of(0,97,115,109,1,0,0,0,...GOT_section(1,types),...GOT_section(2,imports),"
    "...GOT_section(7,exports));"
    "var instance=new WebAssembly.Instance(new WebAssembly.Module(bytes),{e:given});"
    "funcs.forEach((func,i)=>GOT_wrapped.set(func,{sig:func.sig,wrapped:instance.exports[i]}))};"
)

EDITS = (
    Edit(why="the GOT as a proxy that makes a deferred entry's global on first use", old="var GOT={};", new=_LAZY_GOT),
    Edit(
        why="updateGOT defers the global of an entry nothing has asked for",
        old=f"GOT[symName]??={_GLOBAL[:-1]});GOT[symName].value=newValue",
        # `|0` is the ToInt32 a global's setter applies. An address of -1 would mean "undefined" to
        # reportUndefinedSymbols, which reads only the globals made: such an entry is made at once.
        new=(
            "var gotAddress=newValue|0;var gotEntry=GOT[symName];"
            "if(gotEntry){gotEntry.value=gotAddress}"
            f"else if(gotAddress===-1){{GOT[symName]={_GLOBAL}gotAddress)}}"
            "else{GOT_deferred.set(symName,gotAddress)}"
        ),
    ),
    Edit(
        # Only a made entry can hold -1 (above): reading the deferred ones would only make them all. The wrappers
        # made ahead serve this pass only, so that any later call makes its own as before.
        why="reportUndefinedSymbols reads the globals made, with the wrappers it needs made ahead in one module",
        old="var reportUndefinedSymbols=()=>{for(var[symName,entry]of Object.entries(GOT))",
        new=(
            _WRAP_AHEAD + "var reportUndefinedSymbols=()=>{try{GOT_wrapAhead();GOT_reportUndefined()}"
            "finally{GOT_wrapped.clear()}};"
            "var GOT_reportUndefined=()=>{for(var[symName,entry]of Object.entries(GOT_made))"
        ),
    ),
    Edit(
        why="convertJsFunctionToWasm hands out a wrapper made ahead",
        old="var convertJsFunctionToWasm=(func,sig)=>{var bytes=",
        new=(
            "var convertJsFunctionToWasm=(func,sig)=>{var ahead=GOT_wrapped.get(func);"
            "if(ahead&&ahead.sig===sig)return ahead.wrapped;var bytes="
        ),
    ),
)


def patched(module: bytes) -> bytes:
    """Pyodide's runtime module with every edit applied; RuntimePatchError if one does not fit it exactly."""
    text = module.decode("utf-8")
    for edit in EDITS:
        found = text.count(edit.old)
        if found != 1:
            raise RuntimePatchError(
                f"pyodide.asm.mjs should hold the text of the edit '{edit.why}' once, found it {found} times: "
                "a new Pyodide? Check build/scale_what_build/runtime_patch.py against it"
            )
        text = text.replace(edit.old, edit.new)
    return text.encode("utf-8")
