/**
 * Text as Windows tools write it: regedit exports UTF-16LE with a BOM,
 * Notepad may put a UTF-8 BOM before JSON, and PowerShell 5's `Out-File`
 * writes UTF-16LE. Without a BOM the text is UTF-8, or, when it is not valid
 * UTF-8 (a REGEDIT4 export in the ANSI code page), Windows-1252.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  // UTF-16LE without a BOM: ASCII text has a zero in every second byte.
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0)
    return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // WHATWG's "latin1" is Windows-1252, and Node has it even without full ICU.
    return new TextDecoder('latin1').decode(bytes);
  }
}
