import { ensureBuild } from './ensure-build.mjs';
import { serve } from './serve.mjs';

ensureBuild();
const port = Number(process.env.PORT ?? 4173);
const server = await serve('dist', port);
console.log(`Kapacitor Config Editor: http://127.0.0.1:${server.address().port}/`);
