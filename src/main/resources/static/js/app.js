// htmx requests carry the CSRF token of the page, as forms do.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Member pickers (fragments :: memberPicker): the search box narrows the select's options as one
// types, without diacritics too ("nguyen van an 1985" finds "Nguyễn Văn An · sinh 1985 · …"). The
// box is hidden until this script shows it; without the script the select works alone.
function ptdvFold(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
function ptdvShowPickers(root) {
  root.querySelectorAll('.member-picker-search').forEach(function (box) { box.hidden = false; });
}
document.addEventListener('DOMContentLoaded', function () { ptdvShowPickers(document); });
document.addEventListener('htmx:load', function (event) { ptdvShowPickers(event.target); });
document.addEventListener('input', function (event) {
  var box = event.target.closest ? event.target.closest('.member-picker-search') : null;
  var select = box && document.getElementById(box.getAttribute('aria-controls'));
  if (!select) {
    return;
  }
  if (!select.ptdvOptions) {
    select.ptdvOptions = Array.prototype.slice.call(select.options);
  }
  var words = ptdvFold(box.value).split(/\s+/).filter(Boolean);
  var current = select.value;
  var kept = select.ptdvOptions.filter(function (option) {
    var text = ptdvFold(option.text);
    return option.value === '' || words.every(function (word) { return text.indexOf(word) >= 0; });
  });
  select.replaceChildren.apply(select, kept);
  var matches = kept.filter(function (option) { return option.value !== ''; });
  if (matches.some(function (option) { return option.value === current; })) {
    select.value = current;
  } else if (words.length > 0 && matches.length > 0) {
    select.value = matches[0].value;
  } else {
    select.value = '';
  }
});
