// Usage: node extract.mjs OUT.json PAGE.html...
// Reads each page with jsdom, runs Readability.js on it and writes {"<page id>": {"articleBody": textContent}}, the
// page id being the file name without .html. A page Readability.js cannot read gets an empty body.
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [out, ...pages] = process.argv.slice(2);
const result = {};
const quiet = new VirtualConsole();
for (const page of pages) {
  const id = basename(page, ".html");
  let body = "";
  try {
    const dom = new JSDOM(readFileSync(page), { url: "https://example.com/", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    body = article ? article.textContent : "";
    dom.window.close();
  } catch (e) {
    body = "";
  }
  result[id] = { articleBody: body };
}
writeFileSync(out, JSON.stringify(result));
