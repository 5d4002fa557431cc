// The "In" button of the printable pages (no inline handlers: the Content-Security-Policy forbids them).
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-action="print"]')) {
    window.print();
  }
});
