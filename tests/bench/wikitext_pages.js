// Convert full wikitext pages (one .txt file per page, as the MediaWiki API returns them) into
// the articles quizgen reads: Markdown with YAML frontmatter holding the title, the lead's first
// paragraph as the description, and the infoboxes (each field as {text, links}).
//
//   npm install --prefix /tmp/wtf wtf_wikipedia wtf-plugin-markdown js-yaml
//   NODE_PATH=/tmp/wtf/node_modules node tests/bench/wikitext_pages.js PAGES_DIR OUT_DIR
//
// Used to make held-out articles for judging rounds (see tests/bench/judged/FRESH.md). Tables are
// left out and links are kept as their text, as in the exports quizgen is written for.
const fs = require("fs");
const path = require("path");
const wtf = require("wtf_wikipedia");
wtf.extend(require("wtf-plugin-markdown"));
const yaml = require("js-yaml");

const [src, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
for (const file of fs.readdirSync(src).filter((f) => f.endsWith(".txt"))) {
  // "{{val|6.241|e=18}}": the parser drops the exponent ("6.241"), which changes the number; written out first
  const raw = fs.readFileSync(path.join(src, file), "utf8")
    .replace(/\{\{val\|([^|{}]+)\|e=(-?\d+)[^{}]*\}\}/g, "$1 × 10^$2");
  const doc = wtf(raw);
  // the file name is the page title ("Raith_Rovers.txt", "Harry-McPherson.txt")
  let title = file.replace(/\.txt$/, "").replace(/[_-]/g, " ");
  if (!/[A-Z]/.test(title[0])) title = title.replace(/\b\w/g, (c) => c.toUpperCase());
  let body = doc.markdown().split("\n").filter((line) => !line.startsWith("|")).join("\n");
  // "[text](./Page_(disambiguation))" -> "text"; images ("![...](...)") stay
  body = body.replace(/(^|[^!])\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*\)/g, "$1$2");
  body = body.replace(/\n{3,}/g, "\n\n").trim();
  const lead = doc.sections()[0] ? doc.sections()[0].paragraphs()[0] : null;
  const meta = {
    title,
    description: lead ? lead.text() : "",
    author: "Wikipedia",
    infoboxes: doc.infoboxes().map((box) => box.json()),
  };
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  fs.writeFileSync(path.join(out, slug + ".md"), "---\n" + yaml.dump(meta, { lineWidth: -1 }) + "---\n\n" + body + "\n");
}
