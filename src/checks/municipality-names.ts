import commonSchema from '../../schemas/common.schema.json';

interface MunicipalityData {
  readonly prefecture: string;
  readonly city?: string | null;
  readonly omitPrefecture?: boolean | null;
  readonly code: string;
}

/** 福岡県北九州市 in full; 北九州市 where the data says the release leaves the prefecture out. */
export function municipalityNames(m: MunicipalityData): { fullName: string; displayName: string } {
  const fullName = `${m.prefecture}${m.city ?? ''}`;
  return { fullName, displayName: m.omitPrefecture && m.city ? m.city : fullName };
}

/** The brief's file name (without .docx): the full municipality name, readable by the recipient. */
export function briefFileStem(m: MunicipalityData): string {
  return municipalityNames(m).fullName;
}

const prefectures: readonly string[] = commonSchema.$defs.prefecture.enum;

/** JIS X 0401 number: the schema lists prefectures in that order (北海道 = 1 … 沖縄県 = 47). */
export function prefectureNumber(prefecture: string): number {
  return prefectures.indexOf(prefecture) + 1;
}

/** 全国地方公共団体コード: five digits weighted 6,5,4,3,2; the check digit is (11 − sum mod 11) mod 10. */
export function isValidLocalGovernmentCode(code: string): boolean {
  if (!/^[0-9]{6}$/.test(code)) return false;
  const sum = [6, 5, 4, 3, 2].reduce((total, weight, i) => total + weight * Number(code[i]), 0);
  return (11 - (sum % 11)) % 10 === Number(code[5]);
}
