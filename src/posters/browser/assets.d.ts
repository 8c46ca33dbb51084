// The poster font files as bytes, made by bundle.ts's plugin (esbuild's binary loader) from
// fonts.ts's POSTER_FONT_FILES: only the maker page's script can import this.
declare module 'chidao:poster-fonts' {
  export const extraBold: Uint8Array;
  export const bold: Uint8Array;
}
