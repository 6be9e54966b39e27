import type { Context } from '../context.ts';
import { DAYCARE_NAMES, DISTRICTS, type DistrictSpec } from './names.ts';
import type { DistrictRow, UnitKind, UnitRow } from './rows.ts';

export const DAYCARES_PER_DISTRICT = 6;
const STREETS_PER_DISTRICT = 20;

/** A district with its units and the streets its households live on. */
export interface DistrictPlaces {
  district: DistrictRow;
  spec: DistrictSpec;
  streets: string[];
  schools: UnitRow[];
  daycares: UnitRow[];
  club: UnitRow;
}

export interface Places {
  districts: DistrictPlaces[];
  units: UnitRow[];
}

/** Distinct street names for each district (faker's Danish list has about 160). */
function streetsByDistrict(ctx: Context): string[][] {
  const taken = new Set<string>();
  return DISTRICTS.map(() => {
    const streets: string[] = [];
    for (let tries = 0; streets.length < STREETS_PER_DISTRICT && tries < 10_000; tries++) {
      const street = ctx.faker.location.street();
      if (taken.has(street)) continue;
      taken.add(street);
      streets.push(street);
    }
    return streets;
  });
}

export function generatePlaces(ctx: Context): Places {
  const units: UnitRow[] = [];
  const unit = (district: DistrictRow, kind: UnitKind, name: string): UnitRow => {
    const row = {
      municipality_id: ctx.municipalityId,
      id: ctx.ids.uuid(),
      district_id: district.id,
      kind,
      name,
    };
    units.push(row);
    return row;
  };
  const streets = streetsByDistrict(ctx);
  const districts = DISTRICTS.map((spec, i): DistrictPlaces => {
    const district: DistrictRow = {
      municipality_id: ctx.municipalityId,
      id: ctx.ids.uuid(),
      name: spec.name,
      socio_economic_index: spec.index,
    };
    const daycareNames = DAYCARE_NAMES.slice(i * DAYCARES_PER_DISTRICT, (i + 1) * DAYCARES_PER_DISTRICT);
    return {
      district,
      spec,
      streets: streets[i] ?? [],
      schools: spec.schools.map((name) => unit(district, 'school', name)),
      daycares: daycareNames.map((name) => unit(district, 'daycare', name)),
      club: unit(district, 'club', `Klub ${spec.name}`),
    };
  });
  return { districts, units };
}

/**
 * "Lærkevej 12, 2. th., 7610 Østervang". Exposed districts have more flats, as social housing
 * areas do.
 */
export function address(ctx: Context, place: DistrictPlaces): string {
  const street = ctx.random.pick(place.streets);
  const number = ctx.faker.location.buildingNumber();
  const flatShare = Math.min(0.8, Math.max(0.1, 0.45 + (100 - place.spec.index) * 0.015));
  const flat = ctx.random.chance(flatShare)
    ? `, ${ctx.random.int(0, 4) || 'st'}. ${ctx.random.pick(['th', 'tv', 'mf'])}.`
    : '';
  return `${street} ${number}${flat}, ${place.spec.postcode} ${place.spec.name}`;
}
