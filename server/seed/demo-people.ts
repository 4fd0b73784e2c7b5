import type { Platform } from '../../schema/schema.ts';
import type { Rng } from './prng.ts';

/** The demo's platforms are Parley's. */
export type DemoPlatform = Platform;

/** A customer as a platform identifies them (TIC-4: platform id and handle, plus a name). */
export type DemoCustomer = { platformCustomerId: string; handle: string; name: string; firstName: string };

const firstNames = [
  'Amara', 'Ben', 'Chloe', 'Diego', 'Elif', 'Finn', 'Grace', 'Hiro', 'Isla', 'Jamal', 'Kate',
  'Lars', 'Maya', 'Nikhil', 'Olivia', 'Pablo', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera',
  'Wei', 'Ximena', 'Yusuf', 'Zoe', 'Aoife', 'Bruno', 'Carmen', 'Dev', 'Emma', 'Felix', 'Hana',
  'Ivan', 'Jonas', 'Leila', 'Marco', 'Nadia', 'Owen', 'Priya',
] as const;

const lastNames = [
  'Adeyemi', 'Brennan', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito',
  'Jensen', 'Kowalski', 'Lindqvist', 'Morales', 'Nakamura', 'Okafor', 'Patel', 'Quinlan',
  'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Walsh', 'Yilmaz', 'Zhang', 'Murphy',
  'Novak', 'Costa', 'Mbeki', 'Larsen',
] as const;

function handleFor(rng: Rng, first: string, last: string): string {
  const f = first.toLowerCase();
  const l = last.toLowerCase();
  const styles = [
    () => `${f}${l}`,
    () => `${f}_${l[0]}`,
    () => `${f}.${l}${rng.int(1, 99)}`,
    () => `${f[0]}${l}`,
    () => `the${l}${rng.int(70, 99)}`,
    () => `${f}outdoors`,
    () => `${f}_${rng.int(1980, 2004)}`,
  ];
  // X caps handles at 15 characters; the other platforms are laxer, so the shortest rule wins.
  return rng.pick(styles)().replace(/[^a-z0-9_.]/g, '').slice(0, 15);
}

function digits(rng: Rng, count: number): string {
  let out = String(rng.int(1, 9));
  while (out.length < count) out += String(rng.int(0, 9));
  return out;
}

/**
 * A new customer as the platform would name them: X uses long numeric ids, WhatsApp the phone
 * number (fictional 555 / 7700 900 ranges), the API channel an opaque id.
 */
export function generateCustomer(rng: Rng, platform: DemoPlatform): DemoCustomer {
  const firstName = rng.pick(firstNames);
  const name = `${firstName} ${rng.pick(lastNames)}`;
  const last = name.slice(firstName.length + 1);
  switch (platform) {
    case 'whatsapp': {
      const uk = rng.chance(0.5);
      const local = uk ? `7700900${digits(rng, 3)}` : `555${rng.int(100, 199)}${digits(rng, 4)}`;
      const id = uk ? `44${local}` : `1${local}`;
      const handle = uk ? `+44 ${local.slice(0, 4)} ${local.slice(4)}` : `+1 ${local.slice(0, 3)} ${local.slice(3, 6)} ${local.slice(6)}`;
      return { platformCustomerId: id, handle, name, firstName };
    }
    case 'x':
      return { platformCustomerId: digits(rng, 19), handle: `@${handleFor(rng, firstName, last)}`, name, firstName };
    default:
      return {
        platformCustomerId: `cust_${Array.from({ length: 10 }, () => rng.int(0, 35).toString(36)).join('')}`,
        handle: `@${handleFor(rng, firstName, last)}`,
        name,
        firstName,
      };
  }
}
