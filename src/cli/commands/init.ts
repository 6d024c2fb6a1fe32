import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IO } from '../main.js';
import { UserError } from '../exit.js';

const CONFIG = `# yaml-language-server: $schema=./node_modules/service-readiness/schemas/config.schema.json
# readiness.config.yaml — what to audit and the gate a release must pass.
profile: profile.yaml

# Which checklists to use: built-in area ids (see \`readiness checklists\`) or paths.
# Omit to use every built-in checklist.
# checklists: [channels, self-service, web-quality]

# The site to probe (or pass a URL to \`readiness audit\`).
# targets:
#   urls: [https://www.example.com]

# Below this evidence coverage an area claims no maturity level.
coverageThreshold: 0.6

gate:
  minScore: 60
  maxFailures: { critical: 0 }
  # minAreaScore: { channels: 60, "*": 40 }
  # requiredChecks: [channels.phone-published]
  # minCoverage: 0.5

output:
  formats: [terminal]
  lang: en
`;

const PROFILE = `# yaml-language-server: $schema=./node_modules/service-readiness/schemas/profile.schema.json
# The organisation's profile: what it declares about itself, the figures it measured,
# and the questionnaire's answers (\`readiness interview\` fills them in).
organisation:
  name: Example S.A.S.
  country: CO                # ISO code; the default region for phone numbers
  sector: retail
  businessModel: b2c         # b2b | b2c | public (or a list)
  serviceModel: MOD-2        # online service model: MOD-1 closed loop, MOD-2 e-mail and phone,
                             # MOD-3 confirmation by phone, MOD-4 member registration
  website: https://www.example.com
  timezone: America/Bogota
  locale: es-CO

channels:
  - { type: phone, value: "+57 601 555 0100", hours: "Mo-Fr 08:00-18:00; Sa 09:00-13:00", staffedBy: people }
  - { type: email, value: servicio@example.com }
  # - { type: whatsapp, value: "+57 300 123 4567", hours: "24/7", staffedBy: mixed }

locations: []
  # - { name: Tienda Centro, address: "Cra. 7 # 32-16", city: Bogotá, phone: "+57 601 555 0101", hours: "Mo-Sa 09:00-19:00" }

targets:
  firstResponse: 1h
  resolution: 48h

# Figures measured from the organisation's exports, by data key (see README, Evidence keys).
metrics: {}
  # data.tickets.firstResponseP90: { value: 5h, source: "Helpdesk export", period: 2026-Q3 }

# Answers by question id (\`readiness checklists <area>\` lists them).
answers: {}

waivers: []
`;

export async function run(opts: { force?: boolean; dir?: string }, io: IO): Promise<number> {
  const dir = opts.dir ?? '.';
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    [path.join(dir, 'readiness.config.yaml'), CONFIG],
    [path.join(dir, 'profile.yaml'), PROFILE],
  ];
  const existing = files.filter(([f]) => existsSync(f)).map(([f]) => f);
  if (existing.length && !opts.force) {
    throw new UserError({ id: 'cli.initExists', values: { files: existing.join(', '), n: existing.length } });
  }
  for (const [f, body] of files) {
    writeFileSync(f, body);
    io.stdout.write(`wrote ${f}\n`);
  }
  io.stdout.write(`\nNext: edit profile.yaml, then run\n  readiness validate\n  readiness audit\n`);
  return 0;
}
