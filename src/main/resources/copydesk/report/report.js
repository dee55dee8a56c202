
// Renders the Copydesk report page from the JSON in #copydesk-data. Every piece of text from the report is set
// with textContent or as an attribute value, never parsed as markup. The filter lives in the address's fragment
// (#rule=ID&severity=LEVEL&path=TEXT), so a filtered view can be bookmarked or shared.
(function () {
  'use strict';

  var SEVERITIES = ['error', 'warning', 'info'];
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var MAX_ROWS = 2000;
  var TOP_FILES = 15;
  var WORST_FILES = 10;

  var data = JSON.parse(document.getElementById('copydesk-data').textContent);
  var files = data.files;
  var findings = data.findings;
  var rulesById = {};
  data.rules.forEach(function (r) { rulesById[r.id] = r; });
  var state = { rule: '', severity: '', path: '' };

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function pathOf(f) {
    return files[f.file].path;
  }

  function shorten(text, max) {
    return text.length <= max ? text : '\u2026' + text.slice(text.length - max + 1);
  }

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var severity = params.get('severity') || '';
    state.rule = params.get('rule') || '';
    state.severity = SEVERITIES.indexOf(severity) >= 0 ? severity : '';
    state.path = params.get('path') || '';
  }

  function setFilter(changes) {
    Object.keys(changes).forEach(function (k) { state[k] = changes[k]; });
    var params = new URLSearchParams();
    ['rule', 'severity', 'path'].forEach(function (k) {
      if (state[k]) { params.set(k, state[k]); }
    });
    var hash = params.toString();
    if (location.hash.replace(/^#/, '') !== hash) {
      try {
        history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
      } catch (e) {
        location.hash = hash;
      }
    }
    render();
  }

  function matches(f) {
    if (state.rule && f.rule !== state.rule) { return false; }
    if (state.severity && f.severity !== state.severity) { return false; }
    if (state.path && pathOf(f).toLowerCase().indexOf(state.path.toLowerCase()) < 0) { return false; }
    return true;
  }

  // Counts per key (rule or file) and severity, in the order keys are first seen.
  function tally(list, keyOf) {
    var byKey = {};
    var rows = [];
    list.forEach(function (f) {
      var key = keyOf(f);
      var row = byKey[key];
      if (!row) {
        row = { key: key, label: key, error: 0, warning: 0, info: 0, total: 0 };
        byKey[key] = row;
        rows.push(row);
      }
      row[f.severity] += 1;
      row.total += 1;
    });
    return rows;
  }

  function byKey(a, b) {
    return a.key < b.key ? -1 : (a.key > b.key ? 1 : 0);
  }

  function worstFirst(a, b) {
    return b.error - a.error || b.warning - a.warning || b.info - a.info || byKey(a, b);
  }

  function mostFirst(a, b) {
    return b.total - a.total || worstFirst(a, b);
  }

  function describe(row) {
    return SEVERITIES.filter(function (s) { return row[s] > 0; })
      .map(function (s) { return plural(row[s], s); }).join(', ');
  }

  // A horizontal bar chart, one row per entry, each bar split by severity. Clicking a row calls pick(key).
  function barChart(svg, rows, pick, emptyText) {
    clear(svg);
    var width = Math.max(360, Math.round(svg.getBoundingClientRect().width) || 640);
    var labelWidth = Math.min(320, Math.round(width * 0.36));
    var rowHeight = 24;
    var pad = 4;
    var barSpace = width - labelWidth - 56;
    var height = Math.max(1, rows.length) * rowHeight + pad * 2;
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('height', String(height));
    svg.setAttribute('data-rows', String(rows.length));
    if (!rows.length) {
      var empty = svgEl('text', { x: 8, y: pad + 16, 'class': 'empty' });
      empty.textContent = emptyText;
      svg.appendChild(empty);
      return;
    }
    var max = Math.max.apply(null, rows.map(function (r) { return r.total; }));
    rows.forEach(function (r, i) {
      var y = pad + i * rowHeight;
      var row = svgEl('g', { 'class': 'bar-row', 'data-key': r.key, tabindex: 0, role: 'button' });
      var title = svgEl('title');
      title.textContent = r.label + ': ' + (r.total ? describe(r) : 'none');
      row.appendChild(title);
      var label = svgEl('text', { x: labelWidth - 8, y: y + 16, 'class': 'label', 'text-anchor': 'end' });
      label.textContent = shorten(r.label, Math.floor(labelWidth / 7.5));
      row.appendChild(label);
      var x = labelWidth;
      SEVERITIES.forEach(function (s) {
        if (!r[s]) { return; }
        var w = Math.max(2, r[s] / max * barSpace);
        row.appendChild(svgEl('rect', {
          x: x.toFixed(1), y: y + 4, width: w.toFixed(1), height: rowHeight - 8,
          'class': 'bar sev-' + s, 'data-severity': s, 'data-count': r[s]
        }));
        x += w;
      });
      var count = svgEl('text', { x: (x + 6).toFixed(1), y: y + 16, 'class': 'count' });
      count.textContent = String(r.total);
      row.appendChild(count);
      row.addEventListener('click', function () { pick(r.key); });
      row.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          pick(r.key);
        }
      });
      svg.appendChild(row);
    });
  }

  function renderOverview() {
    var s = data.summary;
    var parts = [data.tool, plural(s.files, 'file') + ' checked', s.filesWithFindings + ' with findings'];
    if (s.filesWithErrors) { parts.push(s.filesWithErrors + ' not checked'); }
    document.getElementById('overview').textContent = parts.join(' \u00b7 ');
  }

  function renderTotals() {
    var box = document.getElementById('totals');
    clear(box);
    SEVERITIES.forEach(function (s) {
      var n = data.summary[s + 's'];
      var button = el('button', 'total sev-' + s + (state.severity === s ? ' active' : ''));
      button.type = 'button';
      button.setAttribute('data-severity', s);
      button.setAttribute('aria-pressed', state.severity === s ? 'true' : 'false');
      button.appendChild(el('span', 'total-count', n));
      button.appendChild(document.createTextNode(' '));
      button.appendChild(el('span', 'total-label', n === 1 ? s : s + 's'));
      button.addEventListener('click', function () { setFilter({ severity: state.severity === s ? '' : s }); });
      box.appendChild(button);
    });
  }

  function buildRuleOptions() {
    var select = document.getElementById('filter-rule');
    var counts = {};
    findings.forEach(function (f) { counts[f.rule] = (counts[f.rule] || 0) + 1; });
    Object.keys(counts).sort().forEach(function (id) {
      var option = el('option', null, id + ' (' + (counts[id] || 0) + ')');
      option.value = id;
      select.appendChild(option);
    });
  }

  function syncControls() {
    var rule = document.getElementById('filter-rule');
    if (state.rule && !Array.prototype.some.call(rule.options, function (o) { return o.value === state.rule; })) {
      var option = el('option', null, state.rule + ' (0)');
      option.value = state.rule;
      rule.appendChild(option);
    }
    rule.value = state.rule;
    document.getElementById('filter-severity').value = state.severity;
    var path = document.getElementById('filter-path');
    if (path.value !== state.path) { path.value = state.path; }
  }

  function renderCharts(list) {
    var severities = SEVERITIES.map(function (s) {
      var row = { key: s, label: s === 'info' ? 'infos' : s + 's', error: 0, warning: 0, info: 0, total: 0 };
      list.forEach(function (f) {
        if (f.severity === s) {
          row[s] += 1;
          row.total += 1;
        }
      });
      return row;
    });
    barChart(document.getElementById('chart-severity'), severities, function (key) {
      setFilter({ severity: state.severity === key ? '' : key });
    }, 'No findings');
    barChart(document.getElementById('chart-rules'), tally(list, function (f) { return f.rule; }).sort(mostFirst),
      function (key) { setFilter({ rule: state.rule === key ? '' : key }); }, 'No findings');
    barChart(document.getElementById('chart-files'),
      tally(list, pathOf).sort(mostFirst).slice(0, TOP_FILES),
      function (key) { setFilter({ path: state.path === key ? '' : key }); }, 'No findings');
  }

  function renderWorstFiles(list) {
    var body = document.querySelector('#worst-files tbody');
    clear(body);
    var rows = tally(list, pathOf).sort(worstFirst).slice(0, WORST_FILES);
    if (!rows.length) {
      var tr = el('tr');
      var td = el('td', null, 'No findings');
      td.colSpan = 5;
      tr.appendChild(td);
      body.appendChild(tr);
      return;
    }
    rows.forEach(function (r) {
      var tr = el('tr');
      tr.setAttribute('data-path', r.key);
      var cell = el('td');
      var button = el('button', 'link', r.key);
      button.type = 'button';
      button.title = 'Show only this file';
      button.addEventListener('click', function () { setFilter({ path: r.key }); });
      cell.appendChild(button);
      tr.appendChild(cell);
      SEVERITIES.forEach(function (s) { tr.appendChild(el('td', 'num', r[s])); });
      tr.appendChild(el('td', 'num', r.total));
      body.appendChild(tr);
    });
  }

  function ruleCell(id) {
    var cell = el('td', 'rule');
    var info = rulesById[id];
    if (info && typeof info.docs === 'string' && /^https:\/\//.test(info.docs)) {
      var link = el('a', null, id);
      link.href = info.docs;
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
      if (info.summary) { link.title = info.summary; }
      cell.appendChild(link);
    } else {
      cell.textContent = id;
    }
    return cell;
  }

  function renderFindings(list) {
    var body = document.querySelector('#findings tbody');
    clear(body);
    list.slice(0, MAX_ROWS).forEach(function (f) {
      var tr = el('tr', 'finding');
      tr.setAttribute('data-rule', f.rule);
      tr.setAttribute('data-severity', f.severity);
      tr.setAttribute('data-path', pathOf(f));
      var severity = el('td', 'severity');
      severity.appendChild(el('span', 'badge sev-' + f.severity, f.severity));
      tr.appendChild(severity);
      tr.appendChild(el('td', 'location', pathOf(f) + ':' + f.line + ':' + f.column));
      tr.appendChild(ruleCell(f.rule));
      var message = el('td', 'message');
      message.appendChild(el('div', null, f.message));
      if (f.excerpt) { message.appendChild(el('code', 'excerpt', f.excerpt)); }
      tr.appendChild(message);
      body.appendChild(tr);
    });
    var filtered = state.rule || state.severity || state.path;
    document.getElementById('shown-count').textContent = filtered
      ? 'Showing ' + list.length + ' of ' + plural(findings.length, 'finding') + '.'
      : 'Showing all ' + plural(findings.length, 'finding') + '.';
    var more = document.getElementById('more-rows');
    more.hidden = list.length <= MAX_ROWS;
    more.textContent = 'The first ' + MAX_ROWS + ' are listed; narrow the filters to see the others.';
  }

  function renderNotChecked() {
    var failed = files.filter(function (f) { return f.error; });
    document.getElementById('not-checked-section').hidden = failed.length === 0;
    var list = document.getElementById('not-checked');
    clear(list);
    failed.forEach(function (f) {
      var item = el('li');
      item.appendChild(el('strong', null, f.path));
      item.appendChild(document.createTextNode(': ' + f.error));
      list.appendChild(item);
    });
  }

  function renderRules() {
    var counts = {};
    findings.forEach(function (f) { counts[f.rule] = (counts[f.rule] || 0) + 1; });
    var box = document.getElementById('rules');
    clear(box);
    data.rules.forEach(function (r) {
      var dt = el('dt');
      dt.appendChild(el('span', null, r.id + ' '));
      var details = [];
      if (r.severity) { details.push('default ' + r.severity); }
      details.push(plural(counts[r.id] || 0, 'finding'));
      dt.appendChild(el('span', 'default', '(' + details.join(', ') + ')'));
      box.appendChild(dt);
      var dd = el('dd');
      if (r.summary) { dd.appendChild(el('div', null, r.summary)); }
      dd.appendChild(el('div', null, r.help));
      if (typeof r.docs === 'string' && /^https:\/\//.test(r.docs)) {
        var link = el('a', null, 'Documentation');
        link.href = r.docs;
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
        dd.appendChild(link);
      }
      box.appendChild(dd);
    });
  }

  function render() {
    syncControls();
    var list = findings.filter(matches);
    renderTotals();
    renderCharts(list);
    renderWorstFiles(list);
    renderFindings(list);
  }

  document.getElementById('filter-rule').addEventListener('change', function (e) {
    setFilter({ rule: e.target.value });
  });
  document.getElementById('filter-severity').addEventListener('change', function (e) {
    setFilter({ severity: e.target.value });
  });
  document.getElementById('filter-path').addEventListener('input', function (e) {
    setFilter({ path: e.target.value });
  });
  document.getElementById('filter-reset').addEventListener('click', function () {
    setFilter({ rule: '', severity: '', path: '' });
  });
  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { renderCharts(findings.filter(matches)); }, 150);
  });
  window.addEventListener('hashchange', function () {
    readHash();
    render();
  });

  readHash();
  buildRuleOptions();
  renderOverview();
  renderNotChecked();
  renderRules();
  render();
  document.documentElement.setAttribute('data-rendered', 'true');
}());
