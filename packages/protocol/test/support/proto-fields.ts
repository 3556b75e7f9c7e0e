import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

export const protoRoot = fileURLToPath(new URL('../../../../spec/proto', import.meta.url));
export const lockPath = join(protoRoot, 'weldcode/v1/field-numbers.lock');

/** Every field and enum value of the .proto sources as `Type.name = number type` lines, sorted. */
export function fieldLines(): string[] {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(protoRoot, target);
  root.loadSync(['weldcode/v1/envelope.proto'], { keepCase: true });
  const lines: string[] = [];
  const walk = (namespace: protobuf.NamespaceBase) => {
    for (const nested of namespace.nestedArray) {
      if (nested instanceof protobuf.Type) {
        for (const field of nested.fieldsArray) {
          lines.push(
            `${nested.fullName.slice(1)}.${field.name} = ${field.id} ${field.repeated ? 'repeated ' : ''}${field.type}`,
          );
        }
      } else if (nested instanceof protobuf.Enum) {
        for (const [name, id] of Object.entries(nested.values))
          lines.push(`${nested.fullName.slice(1)}.${name} = ${id}`);
      }
      if (nested instanceof protobuf.Namespace) walk(nested);
    }
  };
  walk(root);
  return lines.sort();
}
