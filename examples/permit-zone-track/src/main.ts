import { runExample } from './permit-zone-track';

for (const line of runExample()) console.log(line);
