/**
 * What each cell style looks like, shared by the Excel writer and the workbench. Inputs follow
 * the financial-modelling convention: blue text on a pale yellow fill, unlocked; computed cells
 * are black on white (or pale grey), locked.
 */
import type { CellStyle } from "./plan";

export interface StyleFormat {
  fill?: string;
  font?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** Unlocked cells stay editable when the sheet is protected. */
  locked: boolean;
}

export const STYLE_FORMATS: Record<CellStyle, StyleFormat> = {
  title: { font: "#0F528C", bold: true, size: 14, locked: true },
  header: { fill: "#0F528C", font: "#FFFFFF", bold: true, locked: true },
  label: { font: "#242424", bold: true, locked: true },
  input: { fill: "#FFF2CC", font: "#1F4E9A", locked: false },
  computed: { fill: "#F3F3F3", font: "#000000", locked: true },
  note: { font: "#616161", italic: true, locked: true },
  total: { fill: "#DDEBF7", font: "#000000", bold: true, locked: true },
};

/** Red / amber / green status colours (text, fill) for conditional formats. */
export const RAG = {
  Green: { font: "#0B6A0B", fill: "#DFF6DD" },
  Amber: { font: "#8A5300", fill: "#FFF4CE" },
  Red: { font: "#A80000", fill: "#FDE7E9" },
} as const;

/** The score colour scale: low red, middle yellow, high green. */
export const SCORE_SCALE = { min: "#F8696B", mid: "#FFEB84", max: "#63BE7B" } as const;
