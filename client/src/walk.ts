// A partner's first hour with the generated client: one simulation, then a contract walked by a CPAM
// agent and followed by a partner through the change feed. Fails (exit 1) on any unexpected answer.
//   BASE_URL=http://127.0.0.1:8080 AGENT_TOKEN=... PARTNER_TOKEN=... PARTNER_ORG=... node build/walk.js
import {
  Configuration, ContractsApi, ResponseError, SimulationApi,
  ContractRequestSectorEnum, ContractAction, Option, SimulationRequestSectorEnum,
} from '../generated/index.js';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const agent = new Configuration({ basePath: base, accessToken: async () => required('AGENT_TOKEN') });
const partner = new Configuration({ basePath: base, accessToken: async () => required('PARTNER_TOKEN') });
const organisation = required('PARTNER_ORG');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`unexpected: ${what}`);
  console.log(`ok - ${what}`);
}

/** A fresh valid RPPS: ten digits and their Luhn check digit. */
function rpps(): string {
  const body = '1' + String(Date.now() % 1_000_000_000).padStart(9, '0');
  for (let check = 0; check <= 9; check++) {
    const digits = (body + check).split('').map(Number).reverse();
    const sum = digits.reduce((s, d, i) => s + (i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
    if (sum % 10 === 0) return body + check;
  }
  throw new Error('no check digit');
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const daysAgo = (n: number) => isoDate(new Date(Date.now() - n * 86_400_000));

async function main(): Promise<void> {
  const simulation = await new SimulationApi(new Configuration({ basePath: base })).simulate({
    simulationRequest: {
      asOf: '2025-03-01', specialty: 'MEDECINE_GENERALE', sector: SimulationRequestSectorEnum._1,
      patientsMt: 1200, patientsFileActive: 1800, percentileBand: 'P50_P70',
    },
  });
  check(simulation.asOf === '2025-03-01', 'dates stay the calendar dates sent (strings, no time zone)');
  const half = simulation.simulations.find((s) => s.option === Option.HalfTime);
  check(half !== undefined && half.years.length === 5, 'a half-time simulation over 5 contract years');
  check(half!.years.every((y) => y.maxAid === null || Number.isInteger(Math.round(y.maxAid * 100))),
    'amounts in euros with cents');

  const contracts = new ContractsApi(agent);
  const signed = await contracts.signContract({
    idempotencyKey: `walk-${Date.now()}`,
    contractRequest: {
      asOf: daysAgo(40), rpps: rpps(), cpamCode: '751', specialty: 'MEDECINE_GENERALE',
      sector: ContractRequestSectorEnum._1, patientsMt: 1200, patientsFileActive: 1800, option: Option.HalfTime,
      objectiveTargets: { patientsMt: 1300, patientsFileActive: 1900 },
    },
  });
  check(signed.status === 'SIGNED' && signed.version === 0, 'the agent signs a contract');

  // The partner starts following the feed, up to date, before the contract is shared with it.
  const feed = new ContractsApi(partner);
  let cursor = '';
  for (;;) {
    const page = await feed.readContractEvents({ after: cursor || undefined, limit: 500 });
    cursor = page.nextCursor;
    if (page.items.length < 500) break;
  }

  await contracts.grantContractAccess({ id: signed.id, organisation: organisation.toUpperCase() });
  const grants = await contracts.listContractGrants({ id: signed.id });
  check(grants.length === 1 && grants[0].organisation === organisation.toLowerCase(),
    'shared with the partner, listed in lower case');

  const active = await contracts.transitionContract({
    id: signed.id, ifMatch: `"${signed.version}"`,
    transitionRequest: { action: ContractAction.Activate, effectiveDate: daysAgo(30) },
  });
  check(active.status === 'ACTIVE' && active.version === 1, 'activated with If-Match');

  try {
    await contracts.transitionContract({
      id: signed.id, ifMatch: `"${signed.version}"`,
      transitionRequest: { action: ContractAction.Suspend, effectiveDate: daysAgo(1) },
    });
    check(false, 'a stale If-Match is refused');
  } catch (e) {
    check(e instanceof ResponseError && e.response.status === 412, 'a stale If-Match is refused (412)');
  }

  const status = await feed.getContractStatus({ id: signed.id });
  check(status.status === 'ACTIVE', 'the partner reads the shared contract\'s status');

  const page = await feed.readContractEvents({ after: cursor, limit: 100, wait: '5s' });
  check(page.items.length === 1 && page.items[0].contractId === signed.id && page.items[0].type === 'ACTIVATED'
    && page.items[0].version === 1, 'the partner\'s change feed has the activation, from the grant on');
  check(page.items[0].actor === undefined, 'the partner is not told which agent acted');
}

main().catch((e: unknown) => {
  console.error(e instanceof ResponseError ? `${e.message}: HTTP ${e.response.status}` : e);
  process.exit(1);
});
