// Decodes raw RGBA frames with zxing-cpp (npm zxing-wasm) the way QrDecodeBenchmark decodes them with
// ours: in memory, warm, QR only, try harder, try invert. Reads a manifest of {file, width, height}
// (argv[2]); prints one JSON line per frame: {file, ms (median of the reps), texts}.
// The wasm is read from node_modules: nothing is fetched at run time.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";

const require = createRequire(import.meta.url);
const reps = Number(process.argv[3] ?? 5);
await prepareZXingModule({
  overrides: { wasmBinary: readFileSync(require.resolve("zxing-wasm/reader/zxing_reader.wasm")) },
  fireImmediately: true,
});
const options = { formats: ["QRCode"], tryHarder: true, tryInvert: true };
const frames = JSON.parse(readFileSync(process.argv[2], "utf8")).map((f) => ({
  ...f,
  image: { width: f.width, height: f.height, data: new Uint8ClampedArray(readFileSync(f.file)) },
}));
for (let warm = 0; warm < 3; warm++) {
  for (const f of frames) await readBarcodes(f.image, options);
}
for (const f of frames) {
  const ms = [];
  let texts = [];
  for (let r = 0; r < reps; r++) {
    const t0 = process.hrtime.bigint();
    const results = await readBarcodes(f.image, options);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    texts = results.filter((x) => x.isValid).map((x) => x.text);
  }
  ms.sort((a, b) => a - b);
  console.log(JSON.stringify({ file: f.file, ms: ms[Math.floor(ms.length / 2)], all: ms, texts }));
}
