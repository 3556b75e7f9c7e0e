import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace weldcode {

    namespace v1 {

        interface IAck extends weldcode.v1.Ack.$Properties {
        }

        class Ack {
            constructor(properties?: weldcode.v1.Ack.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            seq: (number|Long);
            selective: number;
            static create(properties: weldcode.v1.Ack.$Shape): weldcode.v1.Ack & weldcode.v1.Ack.$Shape;
            static create(properties?: weldcode.v1.Ack.$Properties): weldcode.v1.Ack;
            static encode(message: weldcode.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Ack & weldcode.v1.Ack.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Ack;
            static toObject(message: weldcode.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Ack {
            interface $Properties {
                epoch?: (number|null);
                seq?: (number|Long|null);
                selective?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Ack.$Properties;
        }

        enum NackReason {
            NACK_REASON_UNSPECIFIED = 0,
            NACK_REASON_BUSY = 1,
            NACK_REASON_BAD_MAC = 2,
            NACK_REASON_MALFORMED = 3,
            NACK_REASON_NO_SESSION = 4
        }

        interface INack extends weldcode.v1.Nack.$Properties {
        }

        class Nack {
            constructor(properties?: weldcode.v1.Nack.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            seq: (number|Long);
            reason: weldcode.v1.NackReason;
            retryAfterMs: number;
            static create(properties: weldcode.v1.Nack.$Shape): weldcode.v1.Nack & weldcode.v1.Nack.$Shape;
            static create(properties?: weldcode.v1.Nack.$Properties): weldcode.v1.Nack;
            static encode(message: weldcode.v1.Nack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Nack & weldcode.v1.Nack.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Nack;
            static toObject(message: weldcode.v1.Nack, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Nack {
            interface $Properties {
                epoch?: (number|null);
                seq?: (number|Long|null);
                reason?: (weldcode.v1.NackReason|null);
                retryAfterMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Nack.$Properties;
        }

        interface IAlarmAck extends weldcode.v1.AlarmAck.$Properties {
        }

        class AlarmAck {
            constructor(properties?: weldcode.v1.AlarmAck.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            seq: (number|Long);
            static create(properties: weldcode.v1.AlarmAck.$Shape): weldcode.v1.AlarmAck & weldcode.v1.AlarmAck.$Shape;
            static create(properties?: weldcode.v1.AlarmAck.$Properties): weldcode.v1.AlarmAck;
            static encode(message: weldcode.v1.AlarmAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.AlarmAck & weldcode.v1.AlarmAck.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.AlarmAck;
            static toObject(message: weldcode.v1.AlarmAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AlarmAck {
            interface $Properties {
                epoch?: (number|null);
                seq?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.AlarmAck.$Properties;
        }

        interface ITimeSync extends weldcode.v1.TimeSync.$Properties {
        }

        class TimeSync {
            constructor(properties?: weldcode.v1.TimeSync.$Properties);
            $unknowns?: Uint8Array[];
            chipTimeMs: (number|Long);
            platformRxMs: (number|Long);
            platformTxMs: (number|Long);
            static create(properties: weldcode.v1.TimeSync.$Shape): weldcode.v1.TimeSync & weldcode.v1.TimeSync.$Shape;
            static create(properties?: weldcode.v1.TimeSync.$Properties): weldcode.v1.TimeSync;
            static encode(message: weldcode.v1.TimeSync.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.TimeSync & weldcode.v1.TimeSync.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.TimeSync;
            static toObject(message: weldcode.v1.TimeSync, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TimeSync {
            interface $Properties {
                chipTimeMs?: (number|Long|null);
                platformRxMs?: (number|Long|null);
                platformTxMs?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.TimeSync.$Properties;
        }

        interface ICommand extends weldcode.v1.Command.$Properties {
        }

        class Command {
            constructor(properties?: weldcode.v1.Command.$Properties);
            $unknowns?: Uint8Array[];
            correlationId: number;
            name: string;
            args: Uint8Array;
            static create(properties: weldcode.v1.Command.$Shape): weldcode.v1.Command & weldcode.v1.Command.$Shape;
            static create(properties?: weldcode.v1.Command.$Properties): weldcode.v1.Command;
            static encode(message: weldcode.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Command & weldcode.v1.Command.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Command;
            static toObject(message: weldcode.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Command {
            interface $Properties {
                correlationId?: (number|null);
                name?: (string|null);
                args?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Command.$Properties;
        }

        interface ISignedDirective extends weldcode.v1.SignedDirective.$Properties {
        }

        class SignedDirective {
            constructor(properties?: weldcode.v1.SignedDirective.$Properties);
            $unknowns?: Uint8Array[];
            directive: Uint8Array;
            keyId: Uint8Array;
            signature: Uint8Array;
            static create(properties: weldcode.v1.SignedDirective.$Shape): weldcode.v1.SignedDirective & weldcode.v1.SignedDirective.$Shape;
            static create(properties?: weldcode.v1.SignedDirective.$Properties): weldcode.v1.SignedDirective;
            static encode(message: weldcode.v1.SignedDirective.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.SignedDirective & weldcode.v1.SignedDirective.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.SignedDirective;
            static toObject(message: weldcode.v1.SignedDirective, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignedDirective {
            interface $Properties {
                directive?: (Uint8Array|null);
                keyId?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.SignedDirective.$Properties;
        }

        interface IDirective extends weldcode.v1.Directive.$Properties {
        }

        class Directive {
            constructor(properties?: weldcode.v1.Directive.$Properties);
            $unknowns?: Uint8Array[];
            chipId: string;
            nonce: Uint8Array;
            issuedS: number;
            grant?: (weldcode.v1.Grant.$Properties|null);
            revoke?: (weldcode.v1.Revoke.$Properties|null);
            extend?: (weldcode.v1.Extend.$Properties|null);
            lock?: (weldcode.v1.Lock.$Properties|null);
            geofenceSet?: (weldcode.v1.GeofenceSet.$Properties|null);
            configSet?: (weldcode.v1.ConfigSet.$Properties|null);
            action?: ("grant"|"revoke"|"extend"|"lock"|"geofenceSet"|"configSet");
            static create(properties: weldcode.v1.Directive.$Shape): weldcode.v1.Directive & weldcode.v1.Directive.$Shape;
            static create(properties?: weldcode.v1.Directive.$Properties): weldcode.v1.Directive;
            static encode(message: weldcode.v1.Directive.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Directive & weldcode.v1.Directive.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Directive;
            static toObject(message: weldcode.v1.Directive, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Directive {
            interface $Properties {
                chipId?: (string|null);
                nonce?: (Uint8Array|null);
                issuedS?: (number|null);
                grant?: (weldcode.v1.Grant.$Properties|null);
                revoke?: (weldcode.v1.Revoke.$Properties|null);
                extend?: (weldcode.v1.Extend.$Properties|null);
                lock?: (weldcode.v1.Lock.$Properties|null);
                geofenceSet?: (weldcode.v1.GeofenceSet.$Properties|null);
                configSet?: (weldcode.v1.ConfigSet.$Properties|null);
                action?: ("grant"|"revoke"|"extend"|"lock"|"geofenceSet"|"configSet");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              chipId?: string|null;
              nonce?: Uint8Array|null;
              issuedS?: number|null;
              grant?: weldcode.v1.Grant.$Shape|null;
              revoke?: weldcode.v1.Revoke.$Shape|null;
              extend?: weldcode.v1.Extend.$Shape|null;
              lock?: weldcode.v1.Lock.$Shape|null;
              geofenceSet?: weldcode.v1.GeofenceSet.$Shape|null;
              configSet?: weldcode.v1.ConfigSet.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ action?: undefined; grant?: null; revoke?: null; extend?: null; lock?: null; geofenceSet?: null; configSet?: null }|{ action?: "grant"; grant: weldcode.v1.Grant.$Shape; revoke?: null; extend?: null; lock?: null; geofenceSet?: null; configSet?: null }|{ action?: "revoke"; grant?: null; revoke: weldcode.v1.Revoke.$Shape; extend?: null; lock?: null; geofenceSet?: null; configSet?: null }|{ action?: "extend"; grant?: null; revoke?: null; extend: weldcode.v1.Extend.$Shape; lock?: null; geofenceSet?: null; configSet?: null }|{ action?: "lock"; grant?: null; revoke?: null; extend?: null; lock: weldcode.v1.Lock.$Shape; geofenceSet?: null; configSet?: null }|{ action?: "geofenceSet"; grant?: null; revoke?: null; extend?: null; lock?: null; geofenceSet: weldcode.v1.GeofenceSet.$Shape; configSet?: null }|{ action?: "configSet"; grant?: null; revoke?: null; extend?: null; lock?: null; geofenceSet?: null; configSet: weldcode.v1.ConfigSet.$Shape })
            );
        }

        interface IGrant extends weldcode.v1.Grant.$Properties {
        }

        class Grant {
            constructor(properties?: weldcode.v1.Grant.$Properties);
            $unknowns?: Uint8Array[];
            grantId: Uint8Array;
            workerId: string;
            permitId: string;
            notBeforeS: number;
            notAfterS: number;
            fenceId: string;
            maxDurationS: number;
            requestId: Uint8Array;
            static create(properties: weldcode.v1.Grant.$Shape): weldcode.v1.Grant & weldcode.v1.Grant.$Shape;
            static create(properties?: weldcode.v1.Grant.$Properties): weldcode.v1.Grant;
            static encode(message: weldcode.v1.Grant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Grant & weldcode.v1.Grant.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Grant;
            static toObject(message: weldcode.v1.Grant, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Grant {
            interface $Properties {
                grantId?: (Uint8Array|null);
                workerId?: (string|null);
                permitId?: (string|null);
                notBeforeS?: (number|null);
                notAfterS?: (number|null);
                fenceId?: (string|null);
                maxDurationS?: (number|null);
                requestId?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Grant.$Properties;
        }

        interface IRevoke extends weldcode.v1.Revoke.$Properties {
        }

        class Revoke {
            constructor(properties?: weldcode.v1.Revoke.$Properties);
            $unknowns?: Uint8Array[];
            grantId: Uint8Array;
            reason: string;
            static create(properties: weldcode.v1.Revoke.$Shape): weldcode.v1.Revoke & weldcode.v1.Revoke.$Shape;
            static create(properties?: weldcode.v1.Revoke.$Properties): weldcode.v1.Revoke;
            static encode(message: weldcode.v1.Revoke.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Revoke & weldcode.v1.Revoke.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Revoke;
            static toObject(message: weldcode.v1.Revoke, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Revoke {
            interface $Properties {
                grantId?: (Uint8Array|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Revoke.$Properties;
        }

        interface IExtend extends weldcode.v1.Extend.$Properties {
        }

        class Extend {
            constructor(properties?: weldcode.v1.Extend.$Properties);
            $unknowns?: Uint8Array[];
            grantId: Uint8Array;
            notAfterS: number;
            static create(properties: weldcode.v1.Extend.$Shape): weldcode.v1.Extend & weldcode.v1.Extend.$Shape;
            static create(properties?: weldcode.v1.Extend.$Properties): weldcode.v1.Extend;
            static encode(message: weldcode.v1.Extend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Extend & weldcode.v1.Extend.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Extend;
            static toObject(message: weldcode.v1.Extend, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Extend {
            interface $Properties {
                grantId?: (Uint8Array|null);
                notAfterS?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Extend.$Properties;
        }

        interface ILock extends weldcode.v1.Lock.$Properties {
        }

        class Lock {
            constructor(properties?: weldcode.v1.Lock.$Properties);
            $unknowns?: Uint8Array[];
            locked: boolean;
            reason: string;
            static create(properties: weldcode.v1.Lock.$Shape): weldcode.v1.Lock & weldcode.v1.Lock.$Shape;
            static create(properties?: weldcode.v1.Lock.$Properties): weldcode.v1.Lock;
            static encode(message: weldcode.v1.Lock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Lock & weldcode.v1.Lock.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Lock;
            static toObject(message: weldcode.v1.Lock, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Lock {
            interface $Properties {
                locked?: (boolean|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Lock.$Properties;
        }

        interface ICircle extends weldcode.v1.Circle.$Properties {
        }

        class Circle {
            constructor(properties?: weldcode.v1.Circle.$Properties);
            $unknowns?: Uint8Array[];
            latE7: number;
            lonE7: number;
            radiusM: number;
            static create(properties: weldcode.v1.Circle.$Shape): weldcode.v1.Circle & weldcode.v1.Circle.$Shape;
            static create(properties?: weldcode.v1.Circle.$Properties): weldcode.v1.Circle;
            static encode(message: weldcode.v1.Circle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Circle & weldcode.v1.Circle.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Circle;
            static toObject(message: weldcode.v1.Circle, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Circle {
            interface $Properties {
                latE7?: (number|null);
                lonE7?: (number|null);
                radiusM?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Circle.$Properties;
        }

        interface IPolygon extends weldcode.v1.Polygon.$Properties {
        }

        class Polygon {
            constructor(properties?: weldcode.v1.Polygon.$Properties);
            $unknowns?: Uint8Array[];
            latE7: number[];
            lonE7: number[];
            static create(properties: weldcode.v1.Polygon.$Shape): weldcode.v1.Polygon & weldcode.v1.Polygon.$Shape;
            static create(properties?: weldcode.v1.Polygon.$Properties): weldcode.v1.Polygon;
            static encode(message: weldcode.v1.Polygon.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Polygon & weldcode.v1.Polygon.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Polygon;
            static toObject(message: weldcode.v1.Polygon, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Polygon {
            interface $Properties {
                latE7?: (number[]|null);
                lonE7?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Polygon.$Properties;
        }

        interface IGeofenceSet extends weldcode.v1.GeofenceSet.$Properties {
        }

        class GeofenceSet {
            constructor(properties?: weldcode.v1.GeofenceSet.$Properties);
            $unknowns?: Uint8Array[];
            fenceId: string;
            version: number;
            circle?: (weldcode.v1.Circle.$Properties|null);
            polygon?: (weldcode.v1.Polygon.$Properties|null);
            compact?: (Uint8Array|null);
            shape?: ("circle"|"polygon"|"compact");
            static create(properties: weldcode.v1.GeofenceSet.$Shape): weldcode.v1.GeofenceSet & weldcode.v1.GeofenceSet.$Shape;
            static create(properties?: weldcode.v1.GeofenceSet.$Properties): weldcode.v1.GeofenceSet;
            static encode(message: weldcode.v1.GeofenceSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.GeofenceSet & weldcode.v1.GeofenceSet.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.GeofenceSet;
            static toObject(message: weldcode.v1.GeofenceSet, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace GeofenceSet {
            interface $Properties {
                fenceId?: (string|null);
                version?: (number|null);
                circle?: (weldcode.v1.Circle.$Properties|null);
                polygon?: (weldcode.v1.Polygon.$Properties|null);
                compact?: (Uint8Array|null);
                shape?: ("circle"|"polygon"|"compact");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              fenceId?: string|null;
              version?: number|null;
              circle?: weldcode.v1.Circle.$Shape|null;
              polygon?: weldcode.v1.Polygon.$Shape|null;
              compact?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ shape?: undefined; circle?: null; polygon?: null; compact?: null }|{ shape?: "circle"; circle: weldcode.v1.Circle.$Shape; polygon?: null; compact?: null }|{ shape?: "polygon"; circle?: null; polygon: weldcode.v1.Polygon.$Shape; compact?: null }|{ shape?: "compact"; circle?: null; polygon?: null; compact: Uint8Array })
            );
        }

        interface IConfigSet extends weldcode.v1.ConfigSet.$Properties {
        }

        class ConfigSet {
            constructor(properties?: weldcode.v1.ConfigSet.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            telemetryIntervalMs: number;
            heartbeatIntervalS: number;
            locationIntervalS: number;
            arcThresholdDa: number;
            maxTemperatureC: number;
            static create(properties: weldcode.v1.ConfigSet.$Shape): weldcode.v1.ConfigSet & weldcode.v1.ConfigSet.$Shape;
            static create(properties?: weldcode.v1.ConfigSet.$Properties): weldcode.v1.ConfigSet;
            static encode(message: weldcode.v1.ConfigSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.ConfigSet & weldcode.v1.ConfigSet.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.ConfigSet;
            static toObject(message: weldcode.v1.ConfigSet, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ConfigSet {
            interface $Properties {
                version?: (number|null);
                telemetryIntervalMs?: (number|null);
                heartbeatIntervalS?: (number|null);
                locationIntervalS?: (number|null);
                arcThresholdDa?: (number|null);
                maxTemperatureC?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.ConfigSet.$Properties;
        }

        interface IEnvelope extends weldcode.v1.Envelope.$Properties {
        }

        class Envelope {
            constructor(properties?: weldcode.v1.Envelope.$Properties);
            $unknowns?: Uint8Array[];
            seq: (number|Long);
            telemetry?: (weldcode.v1.Telemetry.$Properties|null);
            location?: (weldcode.v1.Location.$Properties|null);
            heartbeat?: (weldcode.v1.Heartbeat.$Properties|null);
            ack?: (weldcode.v1.Ack.$Properties|null);
            alarm?: (weldcode.v1.Alarm.$Properties|null);
            arcSession?: (weldcode.v1.ArcSession.$Properties|null);
            event?: (weldcode.v1.Event.$Properties|null);
            nack?: (weldcode.v1.Nack.$Properties|null);
            alarmAck?: (weldcode.v1.AlarmAck.$Properties|null);
            unlockRequest?: (weldcode.v1.UnlockRequest.$Properties|null);
            directive?: (weldcode.v1.SignedDirective.$Properties|null);
            backfill?: (weldcode.v1.Backfill.$Properties|null);
            timeSync?: (weldcode.v1.TimeSync.$Properties|null);
            hello?: (weldcode.v1.Hello.$Properties|null);
            challenge?: (weldcode.v1.Challenge.$Properties|null);
            authResponse?: (weldcode.v1.AuthResponse.$Properties|null);
            authResult?: (weldcode.v1.AuthResult.$Properties|null);
            birth?: (weldcode.v1.Birth.$Properties|null);
            death?: (weldcode.v1.Death.$Properties|null);
            timeSyncRequest?: (weldcode.v1.TimeSyncRequest.$Properties|null);
            command?: (weldcode.v1.Command.$Properties|null);
            commandResult?: (weldcode.v1.CommandResult.$Properties|null);
            registerRequest?: (weldcode.v1.RegisterRequest.$Properties|null);
            registerResult?: (weldcode.v1.RegisterResult.$Properties|null);
            mac: Uint8Array;
            body?: ("telemetry"|"location"|"heartbeat"|"ack"|"alarm"|"arcSession"|"event"|"nack"|"alarmAck"|"unlockRequest"|"directive"|"backfill"|"timeSync"|"hello"|"challenge"|"authResponse"|"authResult"|"birth"|"death"|"timeSyncRequest"|"command"|"commandResult"|"registerRequest"|"registerResult");
            static create(properties: weldcode.v1.Envelope.$Shape): weldcode.v1.Envelope & weldcode.v1.Envelope.$Shape;
            static create(properties?: weldcode.v1.Envelope.$Properties): weldcode.v1.Envelope;
            static encode(message: weldcode.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Envelope & weldcode.v1.Envelope.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Envelope;
            static toObject(message: weldcode.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Envelope {
            interface $Properties {
                seq?: (number|Long|null);
                telemetry?: (weldcode.v1.Telemetry.$Properties|null);
                location?: (weldcode.v1.Location.$Properties|null);
                heartbeat?: (weldcode.v1.Heartbeat.$Properties|null);
                ack?: (weldcode.v1.Ack.$Properties|null);
                alarm?: (weldcode.v1.Alarm.$Properties|null);
                arcSession?: (weldcode.v1.ArcSession.$Properties|null);
                event?: (weldcode.v1.Event.$Properties|null);
                nack?: (weldcode.v1.Nack.$Properties|null);
                alarmAck?: (weldcode.v1.AlarmAck.$Properties|null);
                unlockRequest?: (weldcode.v1.UnlockRequest.$Properties|null);
                directive?: (weldcode.v1.SignedDirective.$Properties|null);
                backfill?: (weldcode.v1.Backfill.$Properties|null);
                timeSync?: (weldcode.v1.TimeSync.$Properties|null);
                hello?: (weldcode.v1.Hello.$Properties|null);
                challenge?: (weldcode.v1.Challenge.$Properties|null);
                authResponse?: (weldcode.v1.AuthResponse.$Properties|null);
                authResult?: (weldcode.v1.AuthResult.$Properties|null);
                birth?: (weldcode.v1.Birth.$Properties|null);
                death?: (weldcode.v1.Death.$Properties|null);
                timeSyncRequest?: (weldcode.v1.TimeSyncRequest.$Properties|null);
                command?: (weldcode.v1.Command.$Properties|null);
                commandResult?: (weldcode.v1.CommandResult.$Properties|null);
                registerRequest?: (weldcode.v1.RegisterRequest.$Properties|null);
                registerResult?: (weldcode.v1.RegisterResult.$Properties|null);
                mac?: (Uint8Array|null);
                body?: ("telemetry"|"location"|"heartbeat"|"ack"|"alarm"|"arcSession"|"event"|"nack"|"alarmAck"|"unlockRequest"|"directive"|"backfill"|"timeSync"|"hello"|"challenge"|"authResponse"|"authResult"|"birth"|"death"|"timeSyncRequest"|"command"|"commandResult"|"registerRequest"|"registerResult");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              seq?: number|Long|null;
              telemetry?: weldcode.v1.Telemetry.$Shape|null;
              location?: weldcode.v1.Location.$Shape|null;
              heartbeat?: weldcode.v1.Heartbeat.$Shape|null;
              ack?: weldcode.v1.Ack.$Shape|null;
              alarm?: weldcode.v1.Alarm.$Shape|null;
              arcSession?: weldcode.v1.ArcSession.$Shape|null;
              event?: weldcode.v1.Event.$Shape|null;
              nack?: weldcode.v1.Nack.$Shape|null;
              alarmAck?: weldcode.v1.AlarmAck.$Shape|null;
              unlockRequest?: weldcode.v1.UnlockRequest.$Shape|null;
              directive?: weldcode.v1.SignedDirective.$Shape|null;
              backfill?: weldcode.v1.Backfill.$Shape|null;
              timeSync?: weldcode.v1.TimeSync.$Shape|null;
              hello?: weldcode.v1.Hello.$Shape|null;
              challenge?: weldcode.v1.Challenge.$Shape|null;
              authResponse?: weldcode.v1.AuthResponse.$Shape|null;
              authResult?: weldcode.v1.AuthResult.$Shape|null;
              birth?: weldcode.v1.Birth.$Shape|null;
              death?: weldcode.v1.Death.$Shape|null;
              timeSyncRequest?: weldcode.v1.TimeSyncRequest.$Shape|null;
              command?: weldcode.v1.Command.$Shape|null;
              commandResult?: weldcode.v1.CommandResult.$Shape|null;
              registerRequest?: weldcode.v1.RegisterRequest.$Shape|null;
              registerResult?: weldcode.v1.RegisterResult.$Shape|null;
              mac?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "telemetry"; telemetry: weldcode.v1.Telemetry.$Shape; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "location"; telemetry?: null; location: weldcode.v1.Location.$Shape; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "heartbeat"; telemetry?: null; location?: null; heartbeat: weldcode.v1.Heartbeat.$Shape; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "ack"; telemetry?: null; location?: null; heartbeat?: null; ack: weldcode.v1.Ack.$Shape; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "alarm"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm: weldcode.v1.Alarm.$Shape; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "arcSession"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession: weldcode.v1.ArcSession.$Shape; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "event"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event: weldcode.v1.Event.$Shape; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "nack"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack: weldcode.v1.Nack.$Shape; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "alarmAck"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck: weldcode.v1.AlarmAck.$Shape; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "unlockRequest"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest: weldcode.v1.UnlockRequest.$Shape; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "directive"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive: weldcode.v1.SignedDirective.$Shape; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "backfill"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill: weldcode.v1.Backfill.$Shape; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "timeSync"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync: weldcode.v1.TimeSync.$Shape; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "hello"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello: weldcode.v1.Hello.$Shape; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "challenge"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge: weldcode.v1.Challenge.$Shape; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "authResponse"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse: weldcode.v1.AuthResponse.$Shape; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "authResult"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult: weldcode.v1.AuthResult.$Shape; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "birth"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth: weldcode.v1.Birth.$Shape; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "death"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death: weldcode.v1.Death.$Shape; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "timeSyncRequest"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest: weldcode.v1.TimeSyncRequest.$Shape; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "command"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command: weldcode.v1.Command.$Shape; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "commandResult"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult: weldcode.v1.CommandResult.$Shape; registerRequest?: null; registerResult?: null }|{ body?: "registerRequest"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest: weldcode.v1.RegisterRequest.$Shape; registerResult?: null }|{ body?: "registerResult"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult: weldcode.v1.RegisterResult.$Shape })
            );
        }

        interface IRegisterRequest extends weldcode.v1.RegisterRequest.$Properties {
        }

        class RegisterRequest {
            constructor(properties?: weldcode.v1.RegisterRequest.$Properties);
            $unknowns?: Uint8Array[];
            chipId: string;
            publicKey: Uint8Array;
            machineSerial: string;
            machineKind: number;
            installerId: string;
            nonce: Uint8Array;
            signature: Uint8Array;
            static create(properties: weldcode.v1.RegisterRequest.$Shape): weldcode.v1.RegisterRequest & weldcode.v1.RegisterRequest.$Shape;
            static create(properties?: weldcode.v1.RegisterRequest.$Properties): weldcode.v1.RegisterRequest;
            static encode(message: weldcode.v1.RegisterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.RegisterRequest & weldcode.v1.RegisterRequest.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.RegisterRequest;
            static toObject(message: weldcode.v1.RegisterRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RegisterRequest {
            interface $Properties {
                chipId?: (string|null);
                publicKey?: (Uint8Array|null);
                machineSerial?: (string|null);
                machineKind?: (number|null);
                installerId?: (string|null);
                nonce?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.RegisterRequest.$Properties;
        }

        enum RegisterStatus {
            REGISTER_STATUS_UNSPECIFIED = 0,
            REGISTER_STATUS_OK = 1,
            REGISTER_STATUS_BAD_SIGNATURE = 2,
            REGISTER_STATUS_NOT_APPROVED = 3,
            REGISTER_STATUS_ID_TAKEN = 4
        }

        interface IRegisterResult extends weldcode.v1.RegisterResult.$Properties {
        }

        class RegisterResult {
            constructor(properties?: weldcode.v1.RegisterResult.$Properties);
            $unknowns?: Uint8Array[];
            status: weldcode.v1.RegisterStatus;
            platformPublicKey: Uint8Array;
            static create(properties: weldcode.v1.RegisterResult.$Shape): weldcode.v1.RegisterResult & weldcode.v1.RegisterResult.$Shape;
            static create(properties?: weldcode.v1.RegisterResult.$Properties): weldcode.v1.RegisterResult;
            static encode(message: weldcode.v1.RegisterResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.RegisterResult & weldcode.v1.RegisterResult.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.RegisterResult;
            static toObject(message: weldcode.v1.RegisterResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RegisterResult {
            interface $Properties {
                status?: (weldcode.v1.RegisterStatus|null);
                platformPublicKey?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.RegisterResult.$Properties;
        }

        interface IHello extends weldcode.v1.Hello.$Properties {
        }

        class Hello {
            constructor(properties?: weldcode.v1.Hello.$Properties);
            $unknowns?: Uint8Array[];
            chipId: string;
            bootEpoch: number;
            clientNonce: Uint8Array;
            ephemeralKey: Uint8Array;
            versions: number[];
            static create(properties: weldcode.v1.Hello.$Shape): weldcode.v1.Hello & weldcode.v1.Hello.$Shape;
            static create(properties?: weldcode.v1.Hello.$Properties): weldcode.v1.Hello;
            static encode(message: weldcode.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Hello & weldcode.v1.Hello.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Hello;
            static toObject(message: weldcode.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Hello {
            interface $Properties {
                chipId?: (string|null);
                bootEpoch?: (number|null);
                clientNonce?: (Uint8Array|null);
                ephemeralKey?: (Uint8Array|null);
                versions?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Hello.$Properties;
        }

        interface IChallenge extends weldcode.v1.Challenge.$Properties {
        }

        class Challenge {
            constructor(properties?: weldcode.v1.Challenge.$Properties);
            $unknowns?: Uint8Array[];
            serverNonce: Uint8Array;
            ephemeralKey: Uint8Array;
            platformTimeMs: (number|Long);
            version: number;
            platformKeyId: Uint8Array;
            signature: Uint8Array;
            static create(properties: weldcode.v1.Challenge.$Shape): weldcode.v1.Challenge & weldcode.v1.Challenge.$Shape;
            static create(properties?: weldcode.v1.Challenge.$Properties): weldcode.v1.Challenge;
            static encode(message: weldcode.v1.Challenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Challenge & weldcode.v1.Challenge.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Challenge;
            static toObject(message: weldcode.v1.Challenge, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Challenge {
            interface $Properties {
                serverNonce?: (Uint8Array|null);
                ephemeralKey?: (Uint8Array|null);
                platformTimeMs?: (number|Long|null);
                version?: (number|null);
                platformKeyId?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Challenge.$Properties;
        }

        interface IAuthResponse extends weldcode.v1.AuthResponse.$Properties {
        }

        class AuthResponse {
            constructor(properties?: weldcode.v1.AuthResponse.$Properties);
            $unknowns?: Uint8Array[];
            signature: Uint8Array;
            static create(properties: weldcode.v1.AuthResponse.$Shape): weldcode.v1.AuthResponse & weldcode.v1.AuthResponse.$Shape;
            static create(properties?: weldcode.v1.AuthResponse.$Properties): weldcode.v1.AuthResponse;
            static encode(message: weldcode.v1.AuthResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.AuthResponse & weldcode.v1.AuthResponse.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.AuthResponse;
            static toObject(message: weldcode.v1.AuthResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AuthResponse {
            interface $Properties {
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.AuthResponse.$Properties;
        }

        enum AuthStatus {
            AUTH_STATUS_UNSPECIFIED = 0,
            AUTH_STATUS_OK = 1,
            AUTH_STATUS_UNKNOWN_CHIP = 2,
            AUTH_STATUS_BAD_SIGNATURE = 3,
            AUTH_STATUS_STALE_EPOCH = 4,
            AUTH_STATUS_VERSION_UNSUPPORTED = 5,
            AUTH_STATUS_DUPLICATE_SESSION = 6
        }

        interface IAuthResult extends weldcode.v1.AuthResult.$Properties {
        }

        class AuthResult {
            constructor(properties?: weldcode.v1.AuthResult.$Properties);
            $unknowns?: Uint8Array[];
            status: weldcode.v1.AuthStatus;
            ackedEpoch: number;
            ackedSeq: (number|Long);
            retryAfterMs: number;
            static create(properties: weldcode.v1.AuthResult.$Shape): weldcode.v1.AuthResult & weldcode.v1.AuthResult.$Shape;
            static create(properties?: weldcode.v1.AuthResult.$Properties): weldcode.v1.AuthResult;
            static encode(message: weldcode.v1.AuthResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.AuthResult & weldcode.v1.AuthResult.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.AuthResult;
            static toObject(message: weldcode.v1.AuthResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AuthResult {
            interface $Properties {
                status?: (weldcode.v1.AuthStatus|null);
                ackedEpoch?: (number|null);
                ackedSeq?: (number|Long|null);
                retryAfterMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.AuthResult.$Properties;
        }

        interface ITelemetry extends weldcode.v1.Telemetry.$Properties {
        }

        class Telemetry {
            constructor(properties?: weldcode.v1.Telemetry.$Properties);
            $unknowns?: Uint8Array[];
            startS: number;
            intervalMs: number;
            currentDa: number[];
            voltageDv: number[];
            temperatureC: number[];
            states: number;
            static create(properties: weldcode.v1.Telemetry.$Shape): weldcode.v1.Telemetry & weldcode.v1.Telemetry.$Shape;
            static create(properties?: weldcode.v1.Telemetry.$Properties): weldcode.v1.Telemetry;
            static encode(message: weldcode.v1.Telemetry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Telemetry & weldcode.v1.Telemetry.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Telemetry;
            static toObject(message: weldcode.v1.Telemetry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Telemetry {
            interface $Properties {
                startS?: (number|null);
                intervalMs?: (number|null);
                currentDa?: (number[]|null);
                voltageDv?: (number[]|null);
                temperatureC?: (number[]|null);
                states?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Telemetry.$Properties;
        }

        enum LocationSource {
            LOCATION_SOURCE_UNSPECIFIED = 0,
            LOCATION_SOURCE_GNSS = 1,
            LOCATION_SOURCE_CELL = 2,
            LOCATION_SOURCE_WIFI = 3
        }

        interface ICellId extends weldcode.v1.CellId.$Properties {
        }

        class CellId {
            constructor(properties?: weldcode.v1.CellId.$Properties);
            $unknowns?: Uint8Array[];
            mcc: number;
            mnc: number;
            tac: number;
            cellId: (number|Long);
            rssiDbm: number;
            static create(properties: weldcode.v1.CellId.$Shape): weldcode.v1.CellId & weldcode.v1.CellId.$Shape;
            static create(properties?: weldcode.v1.CellId.$Properties): weldcode.v1.CellId;
            static encode(message: weldcode.v1.CellId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.CellId & weldcode.v1.CellId.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.CellId;
            static toObject(message: weldcode.v1.CellId, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CellId {
            interface $Properties {
                mcc?: (number|null);
                mnc?: (number|null);
                tac?: (number|null);
                cellId?: (number|Long|null);
                rssiDbm?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.CellId.$Properties;
        }

        interface ILocation extends weldcode.v1.Location.$Properties {
        }

        class Location {
            constructor(properties?: weldcode.v1.Location.$Properties);
            $unknowns?: Uint8Array[];
            timeS: number;
            latE7: number;
            lonE7: number;
            accuracyM: number;
            source: weldcode.v1.LocationSource;
            cells: weldcode.v1.CellId.$Properties[];
            altitudeM: number;
            static create(properties: weldcode.v1.Location.$Shape): weldcode.v1.Location & weldcode.v1.Location.$Shape;
            static create(properties?: weldcode.v1.Location.$Properties): weldcode.v1.Location;
            static encode(message: weldcode.v1.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Location & weldcode.v1.Location.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Location;
            static toObject(message: weldcode.v1.Location, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Location {
            interface $Properties {
                timeS?: (number|null);
                latE7?: (number|null);
                lonE7?: (number|null);
                accuracyM?: (number|null);
                source?: (weldcode.v1.LocationSource|null);
                cells?: (weldcode.v1.CellId.$Properties[]|null);
                altitudeM?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Location.$Properties;
        }

        interface IHeartbeat extends weldcode.v1.Heartbeat.$Properties {
        }

        class Heartbeat {
            constructor(properties?: weldcode.v1.Heartbeat.$Properties);
            $unknowns?: Uint8Array[];
            timeS: number;
            uptimeS: number;
            rssiDbm: number;
            buffered: number;
            logSeq: (number|Long);
            logHead: Uint8Array;
            static create(properties: weldcode.v1.Heartbeat.$Shape): weldcode.v1.Heartbeat & weldcode.v1.Heartbeat.$Shape;
            static create(properties?: weldcode.v1.Heartbeat.$Properties): weldcode.v1.Heartbeat;
            static encode(message: weldcode.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Heartbeat & weldcode.v1.Heartbeat.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Heartbeat;
            static toObject(message: weldcode.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Heartbeat {
            interface $Properties {
                timeS?: (number|null);
                uptimeS?: (number|null);
                rssiDbm?: (number|null);
                buffered?: (number|null);
                logSeq?: (number|Long|null);
                logHead?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Heartbeat.$Properties;
        }

        enum AlarmKind {
            ALARM_KIND_UNSPECIFIED = 0,
            ALARM_KIND_ENCLOSURE_OPENED = 1,
            ALARM_KIND_CHIP_REMOVED = 2,
            ALARM_KIND_RELAY_BYPASSED = 3,
            ALARM_KIND_MAIN_POWER_LOST = 4,
            ALARM_KIND_ARC_WITHOUT_GRANT = 5,
            ALARM_KIND_GEOFENCE_EXIT = 6,
            ALARM_KIND_OVER_TEMPERATURE = 7,
            ALARM_KIND_GAS_DETECTED = 8
        }

        interface IAlarm extends weldcode.v1.Alarm.$Properties {
        }

        class Alarm {
            constructor(properties?: weldcode.v1.Alarm.$Properties);
            $unknowns?: Uint8Array[];
            kind: weldcode.v1.AlarmKind;
            timeS: number;
            cleared: boolean;
            value: number;
            static create(properties: weldcode.v1.Alarm.$Shape): weldcode.v1.Alarm & weldcode.v1.Alarm.$Shape;
            static create(properties?: weldcode.v1.Alarm.$Properties): weldcode.v1.Alarm;
            static encode(message: weldcode.v1.Alarm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Alarm & weldcode.v1.Alarm.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Alarm;
            static toObject(message: weldcode.v1.Alarm, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Alarm {
            interface $Properties {
                kind?: (weldcode.v1.AlarmKind|null);
                timeS?: (number|null);
                cleared?: (boolean|null);
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Alarm.$Properties;
        }

        enum EventKind {
            EVENT_KIND_UNSPECIFIED = 0,
            EVENT_KIND_BOOT = 1,
            EVENT_KIND_RELAY_CLOSED = 2,
            EVENT_KIND_RELAY_OPENED = 3,
            EVENT_KIND_GRANT_ACCEPTED = 4,
            EVENT_KIND_GRANT_REJECTED = 5,
            EVENT_KIND_GRANT_EXPIRED = 6,
            EVENT_KIND_GRANT_REVOKED = 7,
            EVENT_KIND_GRANT_EXTENDED = 8,
            EVENT_KIND_LOCKED = 9,
            EVENT_KIND_UNLOCKED = 10,
            EVENT_KIND_CONFIG_APPLIED = 11,
            EVENT_KIND_GEOFENCE_APPLIED = 12,
            EVENT_KIND_ARC_STARTED = 13,
            EVENT_KIND_ARC_ENDED = 14,
            EVENT_KIND_TIME_SYNCED = 15,
            EVENT_KIND_MAX_DURATION_REACHED = 16
        }

        interface IEvent extends weldcode.v1.Event.$Properties {
        }

        class Event {
            constructor(properties?: weldcode.v1.Event.$Properties);
            $unknowns?: Uint8Array[];
            kind: weldcode.v1.EventKind;
            timeS: number;
            grantId: Uint8Array;
            reason: string;
            value: number;
            static create(properties: weldcode.v1.Event.$Shape): weldcode.v1.Event & weldcode.v1.Event.$Shape;
            static create(properties?: weldcode.v1.Event.$Properties): weldcode.v1.Event;
            static encode(message: weldcode.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Event & weldcode.v1.Event.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Event;
            static toObject(message: weldcode.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Event {
            interface $Properties {
                kind?: (weldcode.v1.EventKind|null);
                timeS?: (number|null);
                grantId?: (Uint8Array|null);
                reason?: (string|null);
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Event.$Properties;
        }

        interface IArcSession extends weldcode.v1.ArcSession.$Properties {
        }

        class ArcSession {
            constructor(properties?: weldcode.v1.ArcSession.$Properties);
            $unknowns?: Uint8Array[];
            startS: number;
            endS: number;
            arcS: number;
            energyWh: number;
            peakCurrentDa: number;
            meanCurrentDa: number;
            grantId: Uint8Array;
            workerId: string;
            static create(properties: weldcode.v1.ArcSession.$Shape): weldcode.v1.ArcSession & weldcode.v1.ArcSession.$Shape;
            static create(properties?: weldcode.v1.ArcSession.$Properties): weldcode.v1.ArcSession;
            static encode(message: weldcode.v1.ArcSession.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.ArcSession & weldcode.v1.ArcSession.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.ArcSession;
            static toObject(message: weldcode.v1.ArcSession, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ArcSession {
            interface $Properties {
                startS?: (number|null);
                endS?: (number|null);
                arcS?: (number|null);
                energyWh?: (number|null);
                peakCurrentDa?: (number|null);
                meanCurrentDa?: (number|null);
                grantId?: (Uint8Array|null);
                workerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.ArcSession.$Properties;
        }

        enum UnlockSource {
            UNLOCK_SOURCE_UNSPECIFIED = 0,
            UNLOCK_SOURCE_BUTTON = 1,
            UNLOCK_SOURCE_BLE = 2
        }

        interface IUnlockRequest extends weldcode.v1.UnlockRequest.$Properties {
        }

        class UnlockRequest {
            constructor(properties?: weldcode.v1.UnlockRequest.$Properties);
            $unknowns?: Uint8Array[];
            source: weldcode.v1.UnlockSource;
            workerId: string;
            requestId: Uint8Array;
            static create(properties: weldcode.v1.UnlockRequest.$Shape): weldcode.v1.UnlockRequest & weldcode.v1.UnlockRequest.$Shape;
            static create(properties?: weldcode.v1.UnlockRequest.$Properties): weldcode.v1.UnlockRequest;
            static encode(message: weldcode.v1.UnlockRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.UnlockRequest & weldcode.v1.UnlockRequest.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.UnlockRequest;
            static toObject(message: weldcode.v1.UnlockRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace UnlockRequest {
            interface $Properties {
                source?: (weldcode.v1.UnlockSource|null);
                workerId?: (string|null);
                requestId?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.UnlockRequest.$Properties;
        }

        interface IBackfill extends weldcode.v1.Backfill.$Properties {
        }

        class Backfill {
            constructor(properties?: weldcode.v1.Backfill.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            records: Uint8Array[];
            static create(properties: weldcode.v1.Backfill.$Shape): weldcode.v1.Backfill & weldcode.v1.Backfill.$Shape;
            static create(properties?: weldcode.v1.Backfill.$Properties): weldcode.v1.Backfill;
            static encode(message: weldcode.v1.Backfill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Backfill & weldcode.v1.Backfill.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Backfill;
            static toObject(message: weldcode.v1.Backfill, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Backfill {
            interface $Properties {
                epoch?: (number|null);
                records?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Backfill.$Properties;
        }

        interface IBirth extends weldcode.v1.Birth.$Properties {
        }

        class Birth {
            constructor(properties?: weldcode.v1.Birth.$Properties);
            $unknowns?: Uint8Array[];
            firmware: string;
            hardware: string;
            sensors: number;
            relay: weldcode.v1.RelayType;
            bufferCapacity: number;
            configVersion: number;
            geofenceVersion: number;
            machineKind: number;
            timeS: number;
            static create(properties: weldcode.v1.Birth.$Shape): weldcode.v1.Birth & weldcode.v1.Birth.$Shape;
            static create(properties?: weldcode.v1.Birth.$Properties): weldcode.v1.Birth;
            static encode(message: weldcode.v1.Birth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Birth & weldcode.v1.Birth.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Birth;
            static toObject(message: weldcode.v1.Birth, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Birth {
            interface $Properties {
                firmware?: (string|null);
                hardware?: (string|null);
                sensors?: (number|null);
                relay?: (weldcode.v1.RelayType|null);
                bufferCapacity?: (number|null);
                configVersion?: (number|null);
                geofenceVersion?: (number|null);
                machineKind?: (number|null);
                timeS?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Birth.$Properties;
        }

        enum RelayType {
            RELAY_TYPE_UNSPECIFIED = 0,
            RELAY_TYPE_CONTACTOR = 1,
            RELAY_TYPE_SOLID_STATE = 2,
            RELAY_TYPE_TRIGGER_INTERLOCK = 3
        }

        enum DeathReason {
            DEATH_REASON_UNSPECIFIED = 0,
            DEATH_REASON_CONNECTION_LOST = 1,
            DEATH_REASON_SHUTDOWN = 2,
            DEATH_REASON_MAIN_POWER_LOST = 3,
            DEATH_REASON_REBOOT = 4
        }

        interface IDeath extends weldcode.v1.Death.$Properties {
        }

        class Death {
            constructor(properties?: weldcode.v1.Death.$Properties);
            $unknowns?: Uint8Array[];
            reason: weldcode.v1.DeathReason;
            timeS: number;
            static create(properties: weldcode.v1.Death.$Shape): weldcode.v1.Death & weldcode.v1.Death.$Shape;
            static create(properties?: weldcode.v1.Death.$Properties): weldcode.v1.Death;
            static encode(message: weldcode.v1.Death.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.Death & weldcode.v1.Death.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.Death;
            static toObject(message: weldcode.v1.Death, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Death {
            interface $Properties {
                reason?: (weldcode.v1.DeathReason|null);
                timeS?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.Death.$Properties;
        }

        interface ITimeSyncRequest extends weldcode.v1.TimeSyncRequest.$Properties {
        }

        class TimeSyncRequest {
            constructor(properties?: weldcode.v1.TimeSyncRequest.$Properties);
            $unknowns?: Uint8Array[];
            chipTimeMs: (number|Long);
            static create(properties: weldcode.v1.TimeSyncRequest.$Shape): weldcode.v1.TimeSyncRequest & weldcode.v1.TimeSyncRequest.$Shape;
            static create(properties?: weldcode.v1.TimeSyncRequest.$Properties): weldcode.v1.TimeSyncRequest;
            static encode(message: weldcode.v1.TimeSyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.TimeSyncRequest & weldcode.v1.TimeSyncRequest.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.TimeSyncRequest;
            static toObject(message: weldcode.v1.TimeSyncRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TimeSyncRequest {
            interface $Properties {
                chipTimeMs?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.TimeSyncRequest.$Properties;
        }

        interface ICommandResult extends weldcode.v1.CommandResult.$Properties {
        }

        class CommandResult {
            constructor(properties?: weldcode.v1.CommandResult.$Properties);
            $unknowns?: Uint8Array[];
            correlationId: number;
            status: number;
            message: string;
            result: Uint8Array;
            static create(properties: weldcode.v1.CommandResult.$Shape): weldcode.v1.CommandResult & weldcode.v1.CommandResult.$Shape;
            static create(properties?: weldcode.v1.CommandResult.$Properties): weldcode.v1.CommandResult;
            static encode(message: weldcode.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weldcode.v1.CommandResult & weldcode.v1.CommandResult.$Shape;
            static fromObject(object: { [k: string]: any }): weldcode.v1.CommandResult;
            static toObject(message: weldcode.v1.CommandResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CommandResult {
            interface $Properties {
                correlationId?: (number|null);
                status?: (number|null);
                message?: (string|null);
                result?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weldcode.v1.CommandResult.$Properties;
        }
    }
}
