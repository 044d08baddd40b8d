import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layers rule is tested, not trusted: the project's own ESLint config, on code at paths that need not exist.
const eslint = new ESLint({ overrideConfigFile: "eslint.config.js" });

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

const crossing = 'import { MapView } from "../../map/MapView";\nimport { App } from "../../app/App";\n\nexport const x = [MapView, App];\n';

describe("eslint.config.js layers: denied by default", () => {
  it("fails a file in a folder no layer declares, and each of its imports from src/", async () => {
    const found = await problems("src/panels/shared/x.ts", crossing);
    expect(found.map((p) => p.ruleId)).toEqual(["layers/declared", "layers/declared", "layers/declared"]);
    expect(found[0]?.message).toMatch(/^src\/panels\/shared\/x\.ts is in no declared layer/);
    expect(found[1]?.message).toContain("imports src/map/MapView");
    expect(found[2]?.message).toContain("imports src/app/App");
  });

  it("fails a new top-level folder even when it imports nothing", async () => {
    const found = await problems("src/helpers/y.ts", "export const y = 1;\n");
    expect(found).toEqual([expect.objectContaining({ ruleId: "layers/declared" })]);
  });

  it("fails a declared layer importing any file of src/ it is not allowed, not only the declared layers", async () => {
    // styles.css is no part of what src/domain may import: its zone forbids all of src/ but what is allowed.
    const found = await problems("src/domain/z.ts", 'import "../styles.css";\n');
    expect(found).toEqual([expect.objectContaining({ ruleId: "import-x/no-restricted-paths" })]);
  });

  it("fails a feature importing another feature, and a shared layer importing upwards", async () => {
    const feature = await problems("src/panels/region/z.ts", 'import { MapView } from "../../map/MapView";\n\nexport const z = MapView;\n');
    expect(feature.map((p) => p.message)).toEqual([expect.stringContaining("A feature imports shared layers only")]);
    const shared = await problems("src/geo/z.ts", 'import { classify } from "../domain/classify";\n\nexport const z = classify;\n');
    expect(shared.map((p) => p.message)).toEqual([expect.stringContaining("src/geo may import only from data")]);
  });

  it("passes the allowed directions: a feature from shared layers, the app from features, main.tsx from the app", async () => {
    expect(
      await problems("src/panels/region/z.ts", 'import { classify } from "../../domain/classify";\n\nexport const z = classify;\n'),
    ).toEqual([]);
    expect(await problems("src/app/z.ts", 'import { MapView } from "../map/MapView";\n\nexport const z = MapView;\n')).toEqual([]);
    expect(await problems("src/main.tsx", 'import { App } from "./app/App";\nimport "./styles.css";\n\nexport const z = App;\n')).toEqual(
      [],
    );
  });
});
