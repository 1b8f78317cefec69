/** A chosen file as base64 (without the `data:…;base64,` prefix), as the upload endpoints expect. */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      const result = String(reader.result);
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** The upload limit of the server (2 MB). */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

/** Only these files can be read; old .xls files cannot. */
export const acceptedUploadTypes =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
