// End to end with the npm package `votes`: read a BLT file, build its ballots, count Schulze, print the ranking.
// usage: node votes-schulze.mjs FILE.blt   (run from a folder where `npm install votes` was done: NODE_PATH is not used by ESM)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/');
const { Schulze, utils } = require('votes');

const lines = readFileSync(process.argv[2], 'utf8').split('\n');
const [c] = lines[0].trim().split(/\s+/).map(Number);
let i = 1;
const raw = [];
for (; lines[i].trim() !== '0'; i++) {
  const parts = lines[i].trim().split(/\s+/).map(Number);
  raw.push({ weight: parts[0], ranks: parts.slice(1, -1) });
}
const candidates = lines.slice(i + 1, i + 1 + c).map(s => s.trim().replace(/^"|"$/g, ''));
const ballots = raw.map(b => ({ weight: b.weight, ranking: b.ranks.map(k => [candidates[k - 1]]) }));
const matrix = utils.matrixFromBallots(ballots, candidates);
const ranking = new Schulze(matrix).ranking();
console.log(JSON.stringify(ranking));
