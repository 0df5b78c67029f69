// The archive's search page: Pagefind's index of this language (./pagefind/), queried word by word
// as the live search does (a result may miss some words; more words found rank higher). Each word
// is folded and, for Albanian (Pagefind has no Albanian stemmer), cut to its stem; Pagefind then
// matches it as a word prefix. Without JavaScript, or opened from disk, the lists stay.
const LANGUAGE = document.documentElement.lang;
const STOPWORDS = {
  en: "a an and are as at by for from in is of on or the to with your my how what into",
  sq: "e i te ne per me dhe nga nje a ose si se ta tek mbi pa",
  cnr: "i u na za od do sa s se je su o ili a te kao iz uz po kako",
  it: "il lo la i gli le di a da in con su per tra fra e o un una uno del della dei delle degli nel nella che al alla ai alle dal dalla l d",
};
// search/word_forms.py ALBANIAN_ENDINGS, longest first (Pagefind stems the other languages).
const ENDINGS = {
  sq: "eve ave ise ine esh ite ve et es en it at in is ja ia ne se te a e i t".split(" "),
};
const MIN_STEM = 4;
const PER_KIND = 10;
const CYRILLIC = {а:"a",б:"b",в:"v",г:"g",д:"d",ђ:"dj",е:"e",ж:"z",з:"z",и:"i",ј:"j",к:"k",л:"l",љ:"lj",м:"m",н:"n",њ:"nj",о:"o",п:"p",р:"r",с:"s",ś:"s",т:"t",ћ:"c",у:"u",ф:"f",х:"h",ц:"c",ч:"c",џ:"dz",ш:"s",ź:"z"};

function fold(word) {
  return [...word.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join("")
    .replace(/đ/g, "dj").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

function stem(word) {
  const endings = ENDINGS[LANGUAGE];
  if (!endings) return word;
  let result = word;
  for (let round = 0; round < 2; round++) {
    const ending = endings.find((e) => result.endsWith(e) && result.length - e.length >= MIN_STEM);
    if (!ending) break;
    result = result.slice(0, -ending.length);
  }
  return result;
}

function queryWords(query) {
  const stop = new Set((STOPWORDS[LANGUAGE] || "").split(" "));
  const words = fold(query).match(/[\p{L}\p{N}]+/gu) || [];
  return [...new Set(words.filter((w) => !stop.has(w)).map(stem))].slice(0, 10);
}

function element(tag, attributes = {}, text = "") {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text) node.textContent = text;
  return node;
}

async function run() {
  const results = document.getElementById("archive-search-results");
  const lists = document.getElementById("archive-search-lists");
  const input = document.getElementById("search-query");
  const query = new URLSearchParams(location.search).get("q") || "";
  input.value = query;
  if (!query.trim()) return;
  lists.hidden = true;
  // Relative to the page (a module's own imports resolve from the script's address).
  const pagefind = await import(new URL("pagefind/pagefind.js", location.href).href);
  await pagefind.init();
  const words = queryWords(query);
  const kinds = results.dataset.kinds.split("|").map((pair) => pair.split("="));
  results.replaceChildren(element("p", {}, `${results.dataset.found} “${query}”`));
  const ranked = new Map();
  for (const word of words) {
    const found = await pagefind.search(word);
    for (const hit of found?.results || []) {
      const seen = ranked.get(hit.id) || { hit, words: 0, score: 0 };
      seen.words += 1;
      seen.score += hit.score;
      ranked.set(hit.id, seen);
    }
  }
  const best = [...ranked.values()].sort((a, b) => b.words - a.words || b.score - a.score).slice(0, 60);
  const found = await Promise.all(best.map(({ hit }) => hit.data()));
  let total = 0;
  for (const [kind, label] of kinds) {
    const shown = found.filter((data) => data.meta.kind === kind).slice(0, PER_KIND);
    if (!shown.length) continue;
    total += shown.length;
    const section = element("section", { "aria-labelledby": `found-${kind}` });
    section.append(element("h2", { id: `found-${kind}` }, label));
    const list = element("ul", { class: "card-list" });
    for (const data of shown) {
      // An entry not translated yet reads in English: screen readers must read it so.
      const card = element("article", { class: "card", ...(data.meta.lang ? { lang: data.meta.lang } : {}) });
      const title = element("h3", { class: "card__title" });
      title.append(element("a", { href: data.meta.href }, data.meta.title));
      card.append(title, element("p", { class: "card__summary" }, data.meta.summary || ""));
      const item = element("li");
      item.append(card);
      list.append(item);
    }
    section.append(list);
    results.append(section);
  }
  if (!total) results.append(element("p", {}, results.dataset.noResults));
  lists.hidden = total > 0;
}

run()
  .catch(() => {
    // No index (opened from disk, an old browser): the lists stay, as without JavaScript.
    document.getElementById("archive-search-results").replaceChildren();
    document.getElementById("archive-search-lists").hidden = false;
  })
  .finally(() => {
    document.getElementById("archive-search-results").dataset.done = "true";
  });
