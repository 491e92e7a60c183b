// "Copy link" buttons: shown only when the Clipboard API is there to make them work.
document.querySelectorAll("[data-copy]").forEach((button) => {
  const field = document.querySelector(button.dataset.copy);
  const status = document.getElementById("copy-status");
  if (!field || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = "Link copied.";
    } catch {
      field.select();
      status.textContent = "Select the link and copy it.";
    }
  });
});

document.querySelectorAll("[data-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
