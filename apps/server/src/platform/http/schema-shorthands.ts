import { type TSchema, Type } from 'typebox';

/** `T | null`, optionally titled so validation messages can name the field. */
export const Nullable = <T extends TSchema>(t: T, title?: string) => Type.Union([t, Type.Null()], title ? { title } : {});

// Response-schema shorthands: responses are not validated for users, so they carry no titles.
export const S = Type.String();
export const I = Type.Integer();
export const B = Type.Boolean();
export const NS = Nullable(Type.String());
export const NI = Nullable(Type.Integer());
