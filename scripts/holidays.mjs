// Writes data/holidays.json: the national public holidays (observed days included) of the
// catalogue's countries and the supported headquarters' countries, for the years the
// planner plans in, from the date-holidays library (npm, maintained; ISC licence, its
// data CC-BY-3.0), and the time zones of those countries (countries-and-timezones, MIT,
// from the time-zone database's zone-to-country table). Nothing in the file is typed by
// hand.
//
//   node scripts/holidays.mjs          writes the file
//   node scripts/holidays.mjs --check  fails if the file differs from what the library gives
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import Holidays from "date-holidays";
import ct from "countries-and-timezones";

const require = createRequire(import.meta.url);
const { version } = require("date-holidays/package.json");
// Its package.json is not exported: read from the installed folder.
const zonesVersion = JSON.parse(
  readFileSync(new URL("../node_modules/countries-and-timezones/package.json", import.meta.url), "utf8"),
).version;
const FILE = new URL("../data/holidays.json", import.meta.url);
const FROM = 2026;
const TO = 2032;
// The catalogue's eleven countries, then the headquarters' countries.
const COUNTRIES = [
  "AR", "CL", "CO", "MX", "PE", "UY", "PL", "RO", "IN", "VN", "PH",
  "US", "CA", "GB", "IE", "DE", "FR", "ES", "NL", "CH", "AU", "SG",
];

function build() {
  const countries = {};
  for (const code of COUNTRIES) {
    const hd = new Holidays(code, { types: ["public"] });
    // Each day's names: English, and Spanish where the library has a translation (it
    // falls back to English, or the country's language, where it has none).
    const names = (year, lang) => {
      const days = new Map();
      for (const h of hd.getHolidays(year, lang)) {
        if (h.type !== "public") continue;
        const date = h.date.slice(0, 10);
        // Two holidays on one day: one entry, both names.
        days.set(date, days.has(date) ? `${days.get(date)} / ${h.name}` : h.name);
      }
      return days;
    };
    const rows = [];
    for (let year = FROM; year <= TO; year++) {
      const es = names(year, "es");
      for (const [date, en] of names(year, "en")) {
        const spanish = es.get(date);
        rows.push(spanish && spanish !== en ? [date, en, spanish] : [date, en]);
      }
    }
    countries[code] = rows.sort(([a], [b]) => a.localeCompare(b));
  }
  // Headquarters' country from its time zone: the time-zone database's zone-to-country
  // table (as countries-and-timezones carries it), for the countries above.
  const zones = {};
  for (const [zone, info] of Object.entries(ct.getAllTimezones({ deprecated: true })).sort()) {
    const code = (info.countries ?? []).find((c) => COUNTRIES.includes(c));
    if (code && (info.countries.length === 1 || info.countries[0] === code)) zones[zone] = code;
  }
  const data = {
    source: "date-holidays",
    version,
    licence: "ISC (code), CC-BY-3.0 (data)",
    zones_source: `countries-and-timezones ${zonesVersion} (MIT), from the time-zone database`,
    from: FROM,
    to: TO,
    zones,
    countries,
  };
  return JSON.stringify(data) + "\n";
}

const text = build();
if (process.argv.includes("--check")) {
  const current = readFileSync(FILE, "utf8");
  if (current !== text) {
    console.error("data/holidays.json is not what date-holidays gives: run `node scripts/holidays.mjs`");
    process.exit(1);
  }
  console.log(`data/holidays.json is current (date-holidays ${version})`);
} else {
  writeFileSync(FILE, text);
  console.log(`wrote data/holidays.json (date-holidays ${version}, ${FROM}-${TO}, ${COUNTRIES.length} countries)`);
}
