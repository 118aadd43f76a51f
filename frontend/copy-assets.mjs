// Copies the front-end assets the portal serves itself (no CDN at run time) into the build output,
// together with the licence texts of everything shipped: KERN UX (EUPL-1.2), htmx (0BSD), Leaflet (BSD-2-Clause) and the
// fonts Fira Sans and Noto Sans (SIL OFL 1.1, licence texts from the fontsource packages).
import { cpSync, mkdirSync, rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const target = process.argv[2];
if (!target) {
  console.error('usage: node copy-assets.mjs <target directory>');
  process.exit(2);
}
const kern = 'node_modules/@kern-ux/native';
rmSync(target, { recursive: true, force: true });
mkdirSync(join(target, 'kern/fonts'), { recursive: true });
mkdirSync(join(target, 'htmx'), { recursive: true });
mkdirSync(join(target, 'licenses'), { recursive: true });
mkdirSync(join(target, 'leaflet'), { recursive: true });

cpSync(join(kern, 'dist/kern.min.css'), join(target, 'kern/kern.min.css'));
for (const font of ['fira-sans', 'noto-sans']) {
  cpSync(join(kern, `dist/fonts/${font}.css`), join(target, `kern/fonts/${font}.css`));
  mkdirSync(join(target, `kern/fonts/${font}`), { recursive: true });
  for (const file of readdirSync(join(kern, `dist/fonts/${font}`)).filter((f) => f.endsWith('.woff2'))) {
    cpSync(join(kern, `dist/fonts/${font}`, file), join(target, `kern/fonts/${font}`, file));
  }
}
cpSync('node_modules/htmx.org/dist/htmx.min.js', join(target, 'htmx/htmx.min.js'));
// the report map: Leaflet's script, style sheet and marker images (the style sheet finds them under images/)
cpSync('node_modules/leaflet/dist/leaflet.js', join(target, 'leaflet/leaflet.js'));
cpSync('node_modules/leaflet/dist/leaflet.css', join(target, 'leaflet/leaflet.css'));
cpSync('node_modules/leaflet/dist/images', join(target, 'leaflet/images'), { recursive: true });

cpSync(join(kern, 'LICENSE.md'), join(target, 'licenses/kern-ux-EUPL-1.2.txt'));
cpSync('node_modules/htmx.org/LICENSE', join(target, 'licenses/htmx-0BSD.txt'));
cpSync('node_modules/leaflet/LICENSE', join(target, 'licenses/leaflet-BSD-2-Clause.txt'));
cpSync('node_modules/@fontsource/fira-sans/LICENSE', join(target, 'licenses/fira-sans-OFL-1.1.txt'));
cpSync('node_modules/@fontsource/noto-sans/LICENSE', join(target, 'licenses/noto-sans-OFL-1.1.txt'));
console.log(`front-end assets copied to ${target}`);
