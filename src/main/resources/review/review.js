(function () {
  'use strict';
  var doc = document;

  // A photo that cannot be loaded (offline, moved, blocked) gives way to a neutral placeholder of
  // its own proportions, so that nothing shifts and no broken-image icon is shown.
  function placeholder(w, h) {
    var s = Math.min(w, h) / 6;
    var x = w / 2, y = h / 2;
    return '<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + h + '" viewBox="0 0 ' + w + ' ' + h + '">' +
      '<rect width="100%" height="100%" fill="#8c8c8c" fill-opacity=".22"/>' +
      '<g fill="none" stroke="#8c8c8c" stroke-width="' + (s / 12) + '" stroke-linejoin="round">' +
      '<rect x="' + (x - s) + '" y="' + (y - s * 0.75) + '" width="' + (2 * s) + '" height="' + (1.5 * s) + '" rx="' + (s / 8) + '"/>' +
      '<path d="M' + (x - s) + ' ' + (y + s * 0.5) + 'l' + (s * 0.7) + ' ' + (-s * 0.7) + 'l' + (s * 0.5) + ' ' + (s * 0.5) +
      'l' + (s * 0.3) + ' ' + (-s * 0.3) + 'l' + (s * 0.5) + ' ' + (s * 0.5) + '"/>' +
      '<circle cx="' + (x + s * 0.45) + '" cy="' + (y - s * 0.3) + '" r="' + (s / 7) + '"/></g></svg>';
  }
  function failed(img) {
    if (img.getAttribute('data-failed')) { return; }
    img.setAttribute('data-failed', '1');
    var w = parseInt(img.getAttribute('width'), 10) || 1200;
    var h = parseInt(img.getAttribute('height'), 10) || 800;
    var frame = img.closest('.frame');
    if (frame) { frame.classList.add('failed'); }
    img.src = 'data:image/svg+xml,' + encodeURIComponent(placeholder(w, h));
  }
  Array.prototype.forEach.call(doc.querySelectorAll('.frame img'), function (img) {
    img.addEventListener('error', function () { failed(img); });
    if (img.complete && img.naturalWidth === 0) { failed(img); }
  });

  // On a phone the list of every finding would push the story a screen down: start it closed.
  var index = doc.querySelector('details.index');
  if (index && window.matchMedia && window.matchMedia('(max-width: 700px)').matches) { index.open = false; }

  // Filters: by severity, by family, and the strings with findings only. The state is read from and
  // written to the query (?severity=error&family=names,dates&only=1), so a filtered view can be shared.
  var form = doc.getElementById('filters');
  if (!form) { return; }
  var params = new URLSearchParams(location.search);
  ['severity', 'family'].forEach(function (name) {
    var value = params.get(name);
    if (value === null) { return; }
    var wanted = value.split(',');
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) {
      box.checked = wanted.indexOf(box.value) >= 0;
    });
  });
  form.elements.only.checked = params.get('only') === '1';

  function checked(name) {
    return Array.prototype.filter.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) {
      return box.checked;
    }).map(function (box) { return box.value; });
  }
  function apply() {
    var severities = checked('severity');
    var families = checked('family');
    var only = form.elements.only.checked;
    var total = 0, visible = 0;
    Array.prototype.forEach.call(doc.querySelectorAll('[data-finding]'), function (el) {
      var on = severities.indexOf(el.getAttribute('data-severity')) >= 0 &&
        families.indexOf(el.getAttribute('data-family')) >= 0;
      if (el.tagName === 'MARK') {
        el.classList.toggle('off', !on);
      } else {
        el.hidden = !on;
        if (el.classList.contains('finding')) { total++; if (on) { visible++; } }
      }
    });
    Array.prototype.forEach.call(doc.querySelectorAll('.unit'), function (unit) {
      unit.hidden = only && !unit.querySelector('li.finding:not([hidden])');
    });
    Array.prototype.forEach.call(doc.querySelectorAll('section.group'), function (group) {
      group.hidden = !group.querySelector('.unit:not([hidden]), li.finding:not([hidden])');
    });
    form.querySelector('.status').textContent = 'Showing ' + visible + ' of ' + total + ' findings' +
      (only ? ', only the strings with findings.' : '.');
    var query = new URLSearchParams();
    if (severities.length < form.querySelectorAll('input[name="severity"]').length) { query.set('severity', severities.join(',')); }
    if (families.length < form.querySelectorAll('input[name="family"]').length) { query.set('family', families.join(',')); }
    if (only) { query.set('only', '1'); }
    var search = query.toString();
    try {
      history.replaceState(null, '', search ? '?' + search + location.hash : location.pathname + location.hash);
    } catch (e) {
      // some browsers refuse history changes on file: pages; the filters work all the same
    }
  }
  form.addEventListener('change', apply);
  form.hidden = false;
  apply();
}());
