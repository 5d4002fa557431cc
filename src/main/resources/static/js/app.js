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
// Date fields (data-date) stay text fields that take dd/mm/yyyy as typed; beside each, a calendar
// button opens the browser's own date picker (a hidden <input type=date>) and writes the chosen
// day back as dd/mm/yyyy. Without this script, or in a browser without a picker, typing still works.
function ptdvIsoOf(text) {
  var m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
  if (!m) {
    return '';
  }
  var pad = function (n) { return (n.length < 2 ? '0' : '') + n; };
  return m[3] + '-' + pad(m[2]) + '-' + pad(m[1]);
}
function ptdvCalendarIcon() {
  var ns = 'http://www.w3.org/2000/svg';
  var svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  var path = document.createElementNS(ns, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', 'M4 0a.5.5 0 0 1 .5.5V1h7V.5a.5.5 0 0 1 1 0V1H14a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H2a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2h1.5V.5A.5.5 0 0 1 4 0M1 5v9a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V5zm2 2h2v2H3zm4 0h2v2H7zm4 0h2v2h-2zm-8 4h2v2H3zm4 0h2v2H7z');
  svg.appendChild(path);
  return svg;
}
function ptdvAddDatePickers(root) {
  var meta = document.querySelector('meta[name="date-picker-label"]');
  root.querySelectorAll('input[data-date]').forEach(function (field) {
    if (field.ptdvPicker || field.readOnly || field.disabled) {
      return;
    }
    var picker = document.createElement('input');
    picker.type = 'date';
    if (picker.type !== 'date' || typeof picker.showPicker !== 'function') {
      return;
    }
    field.ptdvPicker = picker;
    picker.className = 'date-picker-native';
    picker.tabIndex = -1;
    picker.setAttribute('aria-hidden', 'true');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-outline-secondary date-picker-button';
    if (field.classList.contains('form-control-sm')) {
      button.classList.add('btn-sm');
    }
    button.setAttribute('aria-label', meta ? meta.content : '');
    button.title = meta ? meta.content : '';
    button.appendChild(ptdvCalendarIcon());
    var group = document.createElement('div');
    group.className = 'input-group date-picker';
    field.parentNode.insertBefore(group, field);
    group.appendChild(field);
    group.appendChild(button);
    group.appendChild(picker);
    button.addEventListener('click', function () {
      picker.value = ptdvIsoOf(field.value);
      picker.showPicker();
    });
    picker.addEventListener('change', function () {
      var parts = picker.value.split('-');
      if (parts.length === 3) {
        field.value = parts[2] + '/' + parts[1] + '/' + parts[0];
        field.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
  });
}
document.addEventListener('DOMContentLoaded', function () { ptdvAddDatePickers(document); });
document.addEventListener('htmx:load', function (event) { ptdvAddDatePickers(event.target); });
