// Starts the WebAssembly app from an external module, so the Content-Security-Policy in
// index.html can forbid inline script. Trunk writes the hashed file names into
// <meta name="vertskap-js"> and <meta name="vertskap-wasm"> (pattern_script in Trunk.toml);
// they are relative to the page, so dist/ works under any path.
const asset = (name) => {
  const meta = document.querySelector(`meta[name="${name}"]`);
  if (!meta) throw new Error(`vertskap: missing <meta name="${name}">`);
  return new URL(meta.content, document.baseURI).href;
};

const { default: init } = await import(asset("vertskap-js"));
const wasm = await init({ module_or_path: asset("vertskap-wasm") });

// Same event trunk's own loader fires; tests wait for it.
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
