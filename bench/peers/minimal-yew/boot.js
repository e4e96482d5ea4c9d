import init from "./minimal-yew.js";
await init({ module_or_path: "./minimal-yew_bg.wasm" });
