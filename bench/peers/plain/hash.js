const h1 = document.querySelector("h1");
addEventListener("hashchange", () => (h1.textContent = location.hash === "#/scripts" ? "Scripts" : "Host standards"));
