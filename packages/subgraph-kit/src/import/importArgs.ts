import { ArgsType, Field } from 'type-graphql';
import { badUserInput } from '../errors';

@ArgsType()
export class ImportFileArgs {
  @Field({ description: 'The CSV file’s bytes, base64-encoded (UTF-8, with or without BOM; comma, semicolon or tab).' })
  fileBase64: string;

  @Field({
    defaultValue: false,
    description: 'Write the valid rows and reject the others, instead of writing nothing when any row is invalid.',
  })
  skipInvalid: boolean;
}

/** The file's bytes; a string that is not base64 gets a clear error instead of an empty file. */
export function fileBytes(args: ImportFileArgs): Buffer {
  const cleaned = args.fileBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(cleaned) || cleaned.length % 4 !== 0) {
    throw badUserInput('fileBase64 must be the file’s bytes encoded as base64.', 'fileBase64');
  }
  return Buffer.from(cleaned, 'base64');
}
