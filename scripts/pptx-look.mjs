// For a person to look at a deck's PowerPoint as a real reader of PowerPoint files shows it (issue 23): the desk
// officer's six-slide deck is made by the built app, opened in LibreOffice, and each slide written as a PNG, with the
// titles LibreOffice's import recognises as slide titles (its outline). Not a test: what it writes is to be looked at.
//   npm run build && node scripts/pptx-look.mjs [outdir]      (LibreOffice and poppler-utils: apt-get install)
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { CHROME_ARGS, resolveChromePath } from "./chrome-path.mjs";

const out = resolve(process.argv[2] ?? "pptx-look");
mkdirSync(out, { recursive: true });
const words = (sv, en) => ({ sv, en });
/** The deck of the "done when": status, adoption year, a practice, two lists, a comparison, horizon. */
const deck = {
  version: 1,
  title: words("Regionala utvecklingsstrategier", "Regional development strategies"),
  slides: [
    {
      view: "color=status",
      title: words("Status för strategierna", "Status"),
      caption: words("Enligt rapportens tabell.", "As in the report."),
    },
    { view: "color=year", title: words("Antagandeår", "Year adopted"), caption: words("År då strategin antogs.", "Year adopted.") },
    {
      view: "color=practice&practice=open-indicator-platforms",
      title: words("Öppna indikatorplattformar", "Open indicator platforms"),
      caption: words("Fotnot 21.", "Footnote 21."),
    },
    {
      view: "color=status",
      title: words("Utmaningar och framgångsfaktorer", "Challenges and success factors"),
      caption: words("Avsnitt 2.2.9.", "Section 2.2.9."),
      panel: "challenges",
    },
    {
      view: "compare=SE-AB,SE-O,SE-M",
      title: words("Stockholm, Västra Götaland och Skåne", "Stockholm, Västra Götaland and Skåne"),
      caption: words("Sida vid sida.", "Side by side."),
    },
    { view: "color=horizon", title: words("Tidshorisont", "Time horizon"), caption: words("Strategiernas slutår.", "End years.") },
  ],
};

const server = spawn("npx", ["vite", "preview", "--port", "4499", "--strictPort"], { stdio: "ignore" });
try {
  const browser = await chromium.launch({ executablePath: resolveChromePath(), args: CHROME_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  for (let i = 0; ; i++) {
    try {
      await page.goto("http://127.0.0.1:4499/");
      break;
    } catch (error) {
      if (i > 50) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.locator("[data-testid=map][data-ready=true]").waitFor({ timeout: 30_000 });
  await page.getByTestId("deck-editor-open").click();
  await page
    .getByTestId("deck-file")
    .setInputFiles({ name: "skrivbord.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(deck)) });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("deck-pptx").click()]);
  const pptx = join(out, "deck.pptx");
  await download.saveAs(pptx);
  await browser.close();
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", out, pptx], { stdio: "ignore" });
  execFileSync("pdftoppm", ["-png", "-r", "60", join(out, "deck.pdf"), join(out, "slide")]);
  // LibreOffice's outline: the text of each slide's title placeholder, one per slide where titles are recognised.
  execFileSync("soffice", ["--headless", "--convert-to", "txt:Text", "--outdir", out, join(out, "deck.pdf")], { stdio: "ignore" });
  writeFileSync(join(out, "README.txt"), `Made from ${deck.slides.length} slides; look at slide-*.png.\n`);
  console.log(`${out}: ${readdirSync(out).join(", ")}`);
} finally {
  server.kill();
}
