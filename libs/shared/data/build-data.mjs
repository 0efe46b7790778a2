// Regenerates the JSON modules the library imports from the CSVs in this folder:
// node libs/shared/data/build-data.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...records] = rows;
  return records.map((r) => Object.fromEntries(header.map((key, i) => [key, r[i] ?? ''])));
}

const readCsv = (name) => parseCsv(readFileSync(join(here, name), 'utf8'));
const writeJson = (name, value) => writeFileSync(join(here, name), JSON.stringify(value) + '\n');

// GeoNames files Elst (Utrecht) under Rotterdam; its centroid lies in Rhenen, 70 km away.
const MUNICIPALITY_CORRECTIONS = { 3921: 'Rhenen' };

// Municipality names are stored once and referenced by index to keep the module small.
function buildPc4Centroids() {
  const municipalities = [];
  const indexOf = new Map();
  const centroids = {};
  for (const { pc4, municipality: listed, lat, lon } of readCsv('nl-pc4-centroids.csv')) {
    const municipality = MUNICIPALITY_CORRECTIONS[pc4] ?? listed;
    if (!indexOf.has(municipality)) {
      indexOf.set(municipality, municipalities.length);
      municipalities.push(municipality);
    }
    centroids[pc4] = [Number(lat), Number(lon), indexOf.get(municipality)];
  }
  writeJson('pc4-centroids.json', { municipalities, centroids });
}

// Only the skills (S), transversal (T) and language (L) pillars: the knowledge pillar classifies fields of study, not skills.
function buildSkillGroups() {
  const groups = {};
  for (const row of readCsv('esco-skill-groups-nl.csv')) {
    if (!['S', 'T', 'L'].includes(row.level0Code)) continue;
    const levels = [
      [row.level0Code, row.level0Nl],
      [row.level1Code, row.level1Nl],
      [row.level2Code, row.level2Nl],
      [row.level3Code, row.level3Nl],
    ];
    levels.forEach(([code, labelNl], level) => {
      if (code && !groups[code]) groups[code] = { labelNl, level, parent: level > 0 ? levels[level - 1][0] : null };
    });
  }
  writeJson('esco-skill-groups.json', groups);
}

buildPc4Centroids();
buildSkillGroups();
