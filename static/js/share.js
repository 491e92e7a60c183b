// "Copy link" buttons: shown only when the Clipboard API is there to make them work.
(() => {
  const gettext = window.gettext || ((text) => text);
  document.querySelectorAll("[data-copy]").forEach((button) => {
    const field = document.querySelector(button.dataset.copy);
    const status = document.getElementById("copy-status");
    if (!field || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(field.value);
        status.textContent = gettext("Link copied.");
      } catch {
        field.select();
        status.textContent = gettext("Select the link and copy it.");
      }
    });
  });

  document.querySelectorAll("[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  });
})();
