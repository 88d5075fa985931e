// Hostile pages for the end-to-end tests and the benchmark, generated in the
// test server (not committed): deterministic, so a failure reproduces.
//
// Every page carries its own script, which the tests watch to prove the page
// still runs while and after Lector works on it: `window.__ticks` counts a
// 50 ms interval, `window.__maxGap` records the longest stall of the main
// thread (ms) seen by that interval.

/** A quote Lector must find on every accepted page, and the text it paints. */
export const KNOWN = {
  html: '<p>&quot;We will keep the bridge open to everyone,&quot; said Mayor Ana Lopes on Monday.</p>',
  quote: 'We will keep the bridge open to everyone,',
};

const TICKER = `<script>
  window.__ticks = 0; window.__maxGap = 0;
  { let last = performance.now();
    setInterval(() => { const now = performance.now(); window.__maxGap = Math.max(window.__maxGap, now - last - 50); last = now; window.__ticks++; }, 50); }
</script>`;

function shell({ title, lang = 'en', dir = 'ltr', body, script = '', style = '' }) {
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:Georgia,serif;margin:0;background:#fafafa;color:#222} header,footer{background:#0b3d91;color:#fff;padding:8px 24px}
article{max-width:760px;margin:24px auto;background:#fff;padding:24px;line-height:1.6;font-size:18px}${style}</style>
${TICKER}</head>
<body>
<header><nav><a href="#">Home</a> <a href="#">"World"</a> <a href="#">Sport</a></nav></header>
<main><article>
<h1>${title}</h1>
${body}
</article></main>
<footer>© Hostile Pages Daily. "All rights reserved."</footer>
${script}
</body></html>`;
}

/** A small deterministic generator (xorshift), so big pages are the same every run. */
function rng(seed = 42) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}

const WORDS = (
  'the council said on monday that the new budget would cover roads schools and water while officials ' +
  'warned of delays in the north where the river rose after weeks of rain and farmers asked for help ' +
  'ministers met in the capital to discuss the plan which critics called too slow and too costly for ' +
  'families already facing higher prices for food fuel and rent across the region this year'
).split(' ');

/** `n` words of plain newsy prose in paragraphs of about 80 words, no quote marks. */
function prose(n, seed) {
  const r = rng(seed);
  const paras = [];
  let words = [];
  for (let i = 0; i < n; i++) {
    words.push(WORDS[Math.floor(r() * WORDS.length)]);
    if (words.length === 80 || i === n - 1) {
      const s = words.join(' ');
      paras.push(`<p>${s[0].toUpperCase()}${s.slice(1)}.</p>`);
      words = [];
    }
  }
  return paras.join('\n');
}

/** 100,000 quote marks, none of them balanced within a sentence: straight, curly, guillemets, low-9, CJK corners. */
function unbalancedQuotes() {
  const r = rng(7);
  const marks = ['"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e', '\u300c', "'", '\u2018', '\u2019'];
  const paras = [];
  let count = 0;
  while (count < 100_000) {
    const parts = [];
    for (let i = 0; i < 100; i++) {
      const m = marks[Math.floor(r() * marks.length)];
      parts.push(`${WORDS[Math.floor(r() * WORDS.length)]} ${m === '"' ? '&quot;' : m === "'" ? '&#39;' : m}`);
      count++;
    }
    paras.push(`<p>${parts.join(' ')} said the official.</p>`);
  }
  return { count, body: KNOWN.html + '\n' + paras.join('\n') };
}

/** About `mb` megabytes of article text. */
function megabytes(mb) {
  const body = [KNOWN.html];
  let bytes = 0;
  let seed = 1;
  while (bytes < mb * 1e6) {
    const chunk = prose(2000, seed++);
    body.push(chunk);
    bytes += chunk.length;
  }
  return body.join('\n');
}

export const ARABIC = {
  quotes: ['لن نرسل أي قوات إلى هناك،', 'الوضع على الحدود هادئ الآن', 'سنواصل العمل مع جميع الأطراف حتى نصل إلى اتفاق يحمي المدنيين'],
};

export const MIXED = {
  quotes: [
    'The café’s naïve menu — 👩‍👩‍👧 families, ✓ prices — works,',
    'Мы не отправим войска,',
    '我们不会派兵,',
    'Ñandú a̐ and e\u0301 — combining marks stay whole,',
  ],
};

/** Pages by name; each value is a function returning the HTML (called once, then cached by the server). */
export const PAGES = {
  'hostile-quotes.html': () => shell({ title: 'Unbalanced quote marks', body: unbalancedQuotes().body }),

  'hostile-10mb.html': () => shell({ title: 'Ten megabytes of text', body: megabytes(10) }),

  'hostile-200k.html': () => shell({ title: 'A 200,000-word article', body: KNOWN.html + '\n' + prose(200_000, 3) }),

  'hostile-arabic.html': () =>
    shell({
      title: 'الحكومة تنفي إرسال قوات',
      lang: 'ar',
      dir: 'rtl',
      body: `<p>قال وزير الدفاع يوم الاثنين: &quot;${ARABIC.quotes[0]}&quot; وأضاف أن الحكومة تتابع الموقف.</p>
<p>وقال المتحدث باسم الجيش “${ARABIC.quotes[1]}” في مؤتمر صحفي.</p>
<p>وأكد مسؤولون آخرون أن «المحادثات مستمرة» دون تحديد موعد.</p>
<p>وقال رئيس الوزراء في كلمته: «${ARABIC.quotes[2]}».</p>`,
    }),

  'hostile-mixed.html': () =>
    shell({
      title: 'Mixed scripts: 𝐁𝐨𝐥𝐝, العربية, 中文, Ελληνικά',
      body: `${KNOWN.html}
<p>&quot;${MIXED.quotes[0]}&quot; said Zoë Ångström, owner of the 🍕 shop in Łódź.</p>
<p>Пресс-секретарь заявил: &quot;${MIXED.quotes[1]}&quot; сказал Дмитрий Песков в понедельник.</p>
<p>发言人说：“${MIXED.quotes[2]}” 他在北京表示。</p>
<p>“${MIXED.quotes[3]}” said the linguist. Text with a lone mark ‏עברית‎ and 𝕄𝕒𝕥𝕙 letters ends here.</p>`,
    }),

  'hostile-editable.html': () =>
    shell({
      title: 'An article inside a contenteditable region',
      body: `<div id="editor" contenteditable="true">
${KNOWN.html}
<p>&quot;Editing must keep working while Lector is on,&quot; said the editor, Rosa Vidal.</p>
<p id="caret-here">Type here:</p>
</div>`,
    }),

  'hostile-table.html': () => {
    const rows = [];
    for (let i = 0; i < 20_000; i++) {
      rows.push(`<tr><td>${i}</td><td>Region ${i % 97}</td><td>"${(i * 7) % 1000}"</td><td>${(i * 13) % 1000}</td><td>said</td><td>ok</td></tr>`);
    }
    return shell({
      title: 'An article with a 20,000-row table',
      body: `${KNOWN.html}
<p>The figures below come from the regional office.</p>
<table id="big"><thead><tr><th>#</th><th>Region</th><th>A</th><th>B</th><th>C</th><th>D</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
<p>&quot;The table is public and complete,&quot; said the statistician, Omar Haddad.</p>`,
    });
  },

  'hostile-rerender.html': () =>
    shell({
      title: 'An article its own script re-renders every second',
      body: '<div id="live"></div>',
      script: `<script>
  // The page's own framework: throws the article away and renders it again every second.
  window.__renders = 0;
  function render() {
    const live = document.getElementById('live');
    const n = ++window.__renders;
    const p1 = document.createElement('p');
    p1.textContent = '"We will keep the bridge open to everyone," said Mayor Ana Lopes on Monday.';
    const p2 = document.createElement('p');
    p2.textContent = 'Updated ' + n + ' times. "Traffic is flowing again," said the police spokesman, Tom Berg.';
    live.replaceChildren(p1, p2);
  }
  render();
  setInterval(render, 1000);
</script>`,
    }),
};

export const RERENDER_QUOTES = [KNOWN.quote, 'Traffic is flowing again,'];

/** Routes for lib.mjs's serve({generated}): /pages/<name> → HTML built on first request. */
export function generatedRoutes() {
  const cache = new Map();
  const routes = {};
  for (const [name, make] of Object.entries(PAGES)) {
    routes[`/pages/${name}`] = () => {
      if (!cache.has(name)) cache.set(name, make());
      return cache.get(name);
    };
  }
  return routes;
}
