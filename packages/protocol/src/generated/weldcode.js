/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const weldcode = $root.weldcode = (() => {

    const weldcode = {};

    weldcode.v1 = (function() {

        const v1 = {};

        v1.Ack = (function() {

            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Ack.prototype.epoch = 0;
            Ack.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Ack.prototype.selective = 0;

            Ack.create = function(properties) {
                return new Ack(properties);
            };

            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(8).uint32(message.epoch);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(16).uint64(message.seq);
                if (message.selective != null && $Object.hasOwnProperty.call(message, "selective") && message.selective !== 0)
                    writer.uint32(29).fixed32(message.selective);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.selective = value;
                            else
                                delete message.selective;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Ack();
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.selective != null)
                    if ($Number(object.selective) !== 0)
                        message.selective = object.selective >>> 0;
                return message;
            };

            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.epoch = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.selective = 0;
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.selective != null && $Object.hasOwnProperty.call(message, "selective"))
                    object.selective = message.selective;
                return object;
            };

            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ack;
        })();

        v1.NackReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NACK_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NACK_REASON_BUSY"] = 1;
            values[valuesById[2] = "NACK_REASON_BAD_MAC"] = 2;
            values[valuesById[3] = "NACK_REASON_MALFORMED"] = 3;
            values[valuesById[4] = "NACK_REASON_NO_SESSION"] = 4;
            return values;
        })();

        v1.Nack = (function() {

            const Nack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Nack.prototype.epoch = 0;
            Nack.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Nack.prototype.reason = 0;
            Nack.prototype.retryAfterMs = 0;

            Nack.create = function(properties) {
                return new Nack(properties);
            };

            Nack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(8).uint32(message.epoch);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(16).uint64(message.seq);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(24).int32(message.reason);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(32).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Nack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Nack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Nack.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Nack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Nack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Nack();
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.reason !== 0 && (typeof object.reason !== "string" || $root.weldcode.v1.NackReason[object.reason] !== 0))
                    switch (object.reason) {
                    case "NACK_REASON_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "NACK_REASON_BUSY":
                    case 1:
                        message.reason = 1;
                        break;
                    case "NACK_REASON_BAD_MAC":
                    case 2:
                        message.reason = 2;
                        break;
                    case "NACK_REASON_MALFORMED":
                    case 3:
                        message.reason = 3;
                        break;
                    case "NACK_REASON_NO_SESSION":
                    case 4:
                        message.reason = 4;
                        break;
                    default:
                        if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                            message.reason = object.reason;
                    }
                if (object.retryAfterMs != null)
                    if ($Number(object.retryAfterMs) !== 0)
                        message.retryAfterMs = object.retryAfterMs >>> 0;
                return message;
            };

            Nack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.epoch = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reason = options.enums === $String ? "NACK_REASON_UNSPECIFIED" : 0;
                    object.retryAfterMs = 0;
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.weldcode.v1.NackReason[message.reason] === $undefined ? message.reason : $root.weldcode.v1.NackReason[message.reason] : message.reason;
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                return object;
            };

            Nack.prototype.toJSON = function() {
                return Nack.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Nack;
        })();

        v1.AlarmAck = (function() {

            const AlarmAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AlarmAck.prototype.epoch = 0;
            AlarmAck.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            AlarmAck.create = function(properties) {
                return new AlarmAck(properties);
            };

            AlarmAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(8).uint32(message.epoch);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(16).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AlarmAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.AlarmAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AlarmAck.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.AlarmAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.AlarmAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.AlarmAck();
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            AlarmAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.epoch = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            AlarmAck.prototype.toJSON = function() {
                return AlarmAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AlarmAck;
        })();

        v1.TimeSync = (function() {

            const TimeSync = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TimeSync.prototype.chipTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            TimeSync.prototype.platformRxMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            TimeSync.prototype.platformTxMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            TimeSync.create = function(properties) {
                return new TimeSync(properties);
            };

            TimeSync.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chipTimeMs != null && $Object.hasOwnProperty.call(message, "chipTimeMs") && (typeof message.chipTimeMs === "object" ? message.chipTimeMs.low || message.chipTimeMs.high : message.chipTimeMs !== 0))
                    writer.uint32(9).fixed64(message.chipTimeMs);
                if (message.platformRxMs != null && $Object.hasOwnProperty.call(message, "platformRxMs") && (typeof message.platformRxMs === "object" ? message.platformRxMs.low || message.platformRxMs.high : message.platformRxMs !== 0))
                    writer.uint32(17).fixed64(message.platformRxMs);
                if (message.platformTxMs != null && $Object.hasOwnProperty.call(message, "platformTxMs") && (typeof message.platformTxMs === "object" ? message.platformTxMs.low || message.platformTxMs.high : message.platformTxMs !== 0))
                    writer.uint32(25).fixed64(message.platformTxMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TimeSync.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.TimeSync();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.chipTimeMs = value;
                            else
                                delete message.chipTimeMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.platformRxMs = value;
                            else
                                delete message.platformRxMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.platformTxMs = value;
                            else
                                delete message.platformTxMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TimeSync.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.TimeSync)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.TimeSync: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.TimeSync();
                if (object.chipTimeMs != null)
                    if (typeof object.chipTimeMs === "object" ? object.chipTimeMs.low || object.chipTimeMs.high : $Number(object.chipTimeMs) !== 0)
                        if ($util.Long)
                            message.chipTimeMs = $util.Long.fromValue(object.chipTimeMs, true);
                        else if (typeof object.chipTimeMs === "string")
                            message.chipTimeMs = $parseInt(object.chipTimeMs, 10);
                        else if (typeof object.chipTimeMs === "number")
                            message.chipTimeMs = object.chipTimeMs;
                        else if (typeof object.chipTimeMs === "object")
                            message.chipTimeMs = new $util.LongBits(object.chipTimeMs.low >>> 0, object.chipTimeMs.high >>> 0).toNumber(true);
                if (object.platformRxMs != null)
                    if (typeof object.platformRxMs === "object" ? object.platformRxMs.low || object.platformRxMs.high : $Number(object.platformRxMs) !== 0)
                        if ($util.Long)
                            message.platformRxMs = $util.Long.fromValue(object.platformRxMs, true);
                        else if (typeof object.platformRxMs === "string")
                            message.platformRxMs = $parseInt(object.platformRxMs, 10);
                        else if (typeof object.platformRxMs === "number")
                            message.platformRxMs = object.platformRxMs;
                        else if (typeof object.platformRxMs === "object")
                            message.platformRxMs = new $util.LongBits(object.platformRxMs.low >>> 0, object.platformRxMs.high >>> 0).toNumber(true);
                if (object.platformTxMs != null)
                    if (typeof object.platformTxMs === "object" ? object.platformTxMs.low || object.platformTxMs.high : $Number(object.platformTxMs) !== 0)
                        if ($util.Long)
                            message.platformTxMs = $util.Long.fromValue(object.platformTxMs, true);
                        else if (typeof object.platformTxMs === "string")
                            message.platformTxMs = $parseInt(object.platformTxMs, 10);
                        else if (typeof object.platformTxMs === "number")
                            message.platformTxMs = object.platformTxMs;
                        else if (typeof object.platformTxMs === "object")
                            message.platformTxMs = new $util.LongBits(object.platformTxMs.low >>> 0, object.platformTxMs.high >>> 0).toNumber(true);
                return message;
            };

            TimeSync.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chipTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.chipTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.platformRxMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.platformRxMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.platformTxMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.platformTxMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.chipTimeMs != null && $Object.hasOwnProperty.call(message, "chipTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.chipTimeMs = typeof message.chipTimeMs === "number" ? $BigInt(message.chipTimeMs) : $util.Long.fromBits(message.chipTimeMs.low >>> 0, message.chipTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.chipTimeMs === "number")
                        object.chipTimeMs = options.longs === $String ? $String(message.chipTimeMs) : message.chipTimeMs;
                    else
                        object.chipTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.chipTimeMs) : options.longs === $Number ? new $util.LongBits(message.chipTimeMs.low >>> 0, message.chipTimeMs.high >>> 0).toNumber(true) : message.chipTimeMs;
                if (message.platformRxMs != null && $Object.hasOwnProperty.call(message, "platformRxMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.platformRxMs = typeof message.platformRxMs === "number" ? $BigInt(message.platformRxMs) : $util.Long.fromBits(message.platformRxMs.low >>> 0, message.platformRxMs.high >>> 0, true).toBigInt();
                    else if (typeof message.platformRxMs === "number")
                        object.platformRxMs = options.longs === $String ? $String(message.platformRxMs) : message.platformRxMs;
                    else
                        object.platformRxMs = options.longs === $String ? $util.Long.prototype.toString.call(message.platformRxMs) : options.longs === $Number ? new $util.LongBits(message.platformRxMs.low >>> 0, message.platformRxMs.high >>> 0).toNumber(true) : message.platformRxMs;
                if (message.platformTxMs != null && $Object.hasOwnProperty.call(message, "platformTxMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.platformTxMs = typeof message.platformTxMs === "number" ? $BigInt(message.platformTxMs) : $util.Long.fromBits(message.platformTxMs.low >>> 0, message.platformTxMs.high >>> 0, true).toBigInt();
                    else if (typeof message.platformTxMs === "number")
                        object.platformTxMs = options.longs === $String ? $String(message.platformTxMs) : message.platformTxMs;
                    else
                        object.platformTxMs = options.longs === $String ? $util.Long.prototype.toString.call(message.platformTxMs) : options.longs === $Number ? new $util.LongBits(message.platformTxMs.low >>> 0, message.platformTxMs.high >>> 0).toNumber(true) : message.platformTxMs;
                return object;
            };

            TimeSync.prototype.toJSON = function() {
                return TimeSync.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TimeSync;
        })();

        v1.Command = (function() {

            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Command.prototype.correlationId = 0;
            Command.prototype.name = "";
            Command.prototype.args = $util.newBuffer([]);

            Command.create = function(properties) {
                return new Command(properties);
            };

            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId") && message.correlationId !== 0)
                    writer.uint32(8).uint32(message.correlationId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.args != null && $Object.hasOwnProperty.call(message, "args") && message.args.length)
                    writer.uint32(26).bytes(message.args);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.correlationId = value;
                            else
                                delete message.correlationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.args = value;
                            else
                                delete message.args;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Command.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Command)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Command: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Command();
                if (object.correlationId != null)
                    if ($Number(object.correlationId) !== 0)
                        message.correlationId = object.correlationId >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.args != null)
                    if (object.args.length)
                        if (typeof object.args === "string")
                            $util.base64.decode(object.args, message.args = $util.newBuffer($util.base64.length(object.args)), 0);
                        else if (object.args.length >= 0)
                            message.args = object.args;
                return message;
            };

            Command.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.correlationId = 0;
                    object.name = "";
                    if (options.bytes === $String)
                        object.args = "";
                    else {
                        object.args = [];
                        if (options.bytes !== $Array)
                            object.args = $util.newBuffer(object.args);
                    }
                }
                if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId"))
                    object.correlationId = message.correlationId;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.args != null && $Object.hasOwnProperty.call(message, "args"))
                    object.args = options.bytes === $String ? $util.base64.encode(message.args, 0, message.args.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.args) : message.args;
                return object;
            };

            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Command;
        })();

        v1.SignedDirective = (function() {

            const SignedDirective = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SignedDirective.prototype.directive = $util.newBuffer([]);
            SignedDirective.prototype.keyId = $util.newBuffer([]);
            SignedDirective.prototype.signature = $util.newBuffer([]);

            SignedDirective.create = function(properties) {
                return new SignedDirective(properties);
            };

            SignedDirective.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.directive != null && $Object.hasOwnProperty.call(message, "directive") && message.directive.length)
                    writer.uint32(10).bytes(message.directive);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId.length)
                    writer.uint32(18).bytes(message.keyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(26).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SignedDirective.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.SignedDirective();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.directive = value;
                            else
                                delete message.directive;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SignedDirective.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.SignedDirective)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.SignedDirective: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.SignedDirective();
                if (object.directive != null)
                    if (object.directive.length)
                        if (typeof object.directive === "string")
                            $util.base64.decode(object.directive, message.directive = $util.newBuffer($util.base64.length(object.directive)), 0);
                        else if (object.directive.length >= 0)
                            message.directive = object.directive;
                if (object.keyId != null)
                    if (object.keyId.length)
                        if (typeof object.keyId === "string")
                            $util.base64.decode(object.keyId, message.keyId = $util.newBuffer($util.base64.length(object.keyId)), 0);
                        else if (object.keyId.length >= 0)
                            message.keyId = object.keyId;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            SignedDirective.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.directive = "";
                    else {
                        object.directive = [];
                        if (options.bytes !== $Array)
                            object.directive = $util.newBuffer(object.directive);
                    }
                    if (options.bytes === $String)
                        object.keyId = "";
                    else {
                        object.keyId = [];
                        if (options.bytes !== $Array)
                            object.keyId = $util.newBuffer(object.keyId);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.directive != null && $Object.hasOwnProperty.call(message, "directive"))
                    object.directive = options.bytes === $String ? $util.base64.encode(message.directive, 0, message.directive.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.directive) : message.directive;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = options.bytes === $String ? $util.base64.encode(message.keyId, 0, message.keyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keyId) : message.keyId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            SignedDirective.prototype.toJSON = function() {
                return SignedDirective.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedDirective;
        })();

        v1.Directive = (function() {

            const Directive = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Directive.prototype.chipId = "";
            Directive.prototype.nonce = $util.newBuffer([]);
            Directive.prototype.issuedS = 0;
            Directive.prototype.grant = null;
            Directive.prototype.revoke = null;
            Directive.prototype.extend = null;
            Directive.prototype.lock = null;
            Directive.prototype.geofenceSet = null;
            Directive.prototype.configSet = null;

            let $oneOfFields;

            $Object.defineProperty(Directive.prototype, "action", {
                get: $util.oneOfGetter($oneOfFields = ["grant", "revoke", "extend", "lock", "geofenceSet", "configSet"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Directive.create = function(properties) {
                return new Directive(properties);
            };

            Directive.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chipId != null && $Object.hasOwnProperty.call(message, "chipId") && message.chipId !== "")
                    writer.uint32(10).string(message.chipId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(18).bytes(message.nonce);
                if (message.issuedS != null && $Object.hasOwnProperty.call(message, "issuedS") && message.issuedS !== 0)
                    writer.uint32(29).fixed32(message.issuedS);
                if (message.grant != null && $Object.hasOwnProperty.call(message, "grant"))
                    $root.weldcode.v1.Grant.encode(message.grant, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.revoke != null && $Object.hasOwnProperty.call(message, "revoke"))
                    $root.weldcode.v1.Revoke.encode(message.revoke, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.extend != null && $Object.hasOwnProperty.call(message, "extend"))
                    $root.weldcode.v1.Extend.encode(message.extend, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.lock != null && $Object.hasOwnProperty.call(message, "lock"))
                    $root.weldcode.v1.Lock.encode(message.lock, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.geofenceSet != null && $Object.hasOwnProperty.call(message, "geofenceSet"))
                    $root.weldcode.v1.GeofenceSet.encode(message.geofenceSet, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.configSet != null && $Object.hasOwnProperty.call(message, "configSet"))
                    $root.weldcode.v1.ConfigSet.encode(message.configSet, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Directive.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Directive();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chipId = value;
                            else
                                delete message.chipId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.issuedS = value;
                            else
                                delete message.issuedS;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.grant = $root.weldcode.v1.Grant.decode(reader, reader.size(), $undefined, _depth + 1, message.grant);
                            message.action = "grant";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.revoke = $root.weldcode.v1.Revoke.decode(reader, reader.size(), $undefined, _depth + 1, message.revoke);
                            message.action = "revoke";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.extend = $root.weldcode.v1.Extend.decode(reader, reader.size(), $undefined, _depth + 1, message.extend);
                            message.action = "extend";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.lock = $root.weldcode.v1.Lock.decode(reader, reader.size(), $undefined, _depth + 1, message.lock);
                            message.action = "lock";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.geofenceSet = $root.weldcode.v1.GeofenceSet.decode(reader, reader.size(), $undefined, _depth + 1, message.geofenceSet);
                            message.action = "geofenceSet";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.configSet = $root.weldcode.v1.ConfigSet.decode(reader, reader.size(), $undefined, _depth + 1, message.configSet);
                            message.action = "configSet";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Directive.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Directive)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Directive: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Directive();
                if (object.chipId != null)
                    if (typeof object.chipId !== "string" || object.chipId.length)
                        message.chipId = $String(object.chipId);
                if (object.nonce != null)
                    if (object.nonce.length)
                        if (typeof object.nonce === "string")
                            $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                        else if (object.nonce.length >= 0)
                            message.nonce = object.nonce;
                if (object.issuedS != null)
                    if ($Number(object.issuedS) !== 0)
                        message.issuedS = object.issuedS >>> 0;
                if (object.grant != null) {
                    if (!$util.isObject(object.grant))
                        throw $TypeError(".weldcode.v1.Directive.grant: object expected");
                    message.grant = $root.weldcode.v1.Grant.fromObject(object.grant, _depth + 1);
                }
                if (object.revoke != null) {
                    if (!$util.isObject(object.revoke))
                        throw $TypeError(".weldcode.v1.Directive.revoke: object expected");
                    message.revoke = $root.weldcode.v1.Revoke.fromObject(object.revoke, _depth + 1);
                }
                if (object.extend != null) {
                    if (!$util.isObject(object.extend))
                        throw $TypeError(".weldcode.v1.Directive.extend: object expected");
                    message.extend = $root.weldcode.v1.Extend.fromObject(object.extend, _depth + 1);
                }
                if (object.lock != null) {
                    if (!$util.isObject(object.lock))
                        throw $TypeError(".weldcode.v1.Directive.lock: object expected");
                    message.lock = $root.weldcode.v1.Lock.fromObject(object.lock, _depth + 1);
                }
                if (object.geofenceSet != null) {
                    if (!$util.isObject(object.geofenceSet))
                        throw $TypeError(".weldcode.v1.Directive.geofenceSet: object expected");
                    message.geofenceSet = $root.weldcode.v1.GeofenceSet.fromObject(object.geofenceSet, _depth + 1);
                }
                if (object.configSet != null) {
                    if (!$util.isObject(object.configSet))
                        throw $TypeError(".weldcode.v1.Directive.configSet: object expected");
                    message.configSet = $root.weldcode.v1.ConfigSet.fromObject(object.configSet, _depth + 1);
                }
                return message;
            };

            Directive.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chipId = "";
                    if (options.bytes === $String)
                        object.nonce = "";
                    else {
                        object.nonce = [];
                        if (options.bytes !== $Array)
                            object.nonce = $util.newBuffer(object.nonce);
                    }
                    object.issuedS = 0;
                }
                if (message.chipId != null && $Object.hasOwnProperty.call(message, "chipId"))
                    object.chipId = message.chipId;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                if (message.issuedS != null && $Object.hasOwnProperty.call(message, "issuedS"))
                    object.issuedS = message.issuedS;
                if (message.grant != null && $Object.hasOwnProperty.call(message, "grant")) {
                    object.grant = $root.weldcode.v1.Grant.toObject(message.grant, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "grant";
                }
                if (message.revoke != null && $Object.hasOwnProperty.call(message, "revoke")) {
                    object.revoke = $root.weldcode.v1.Revoke.toObject(message.revoke, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "revoke";
                }
                if (message.extend != null && $Object.hasOwnProperty.call(message, "extend")) {
                    object.extend = $root.weldcode.v1.Extend.toObject(message.extend, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "extend";
                }
                if (message.lock != null && $Object.hasOwnProperty.call(message, "lock")) {
                    object.lock = $root.weldcode.v1.Lock.toObject(message.lock, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "lock";
                }
                if (message.geofenceSet != null && $Object.hasOwnProperty.call(message, "geofenceSet")) {
                    object.geofenceSet = $root.weldcode.v1.GeofenceSet.toObject(message.geofenceSet, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "geofenceSet";
                }
                if (message.configSet != null && $Object.hasOwnProperty.call(message, "configSet")) {
                    object.configSet = $root.weldcode.v1.ConfigSet.toObject(message.configSet, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "configSet";
                }
                return object;
            };

            Directive.prototype.toJSON = function() {
                return Directive.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Directive;
        })();

        v1.Grant = (function() {

            const Grant = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Grant.prototype.grantId = $util.newBuffer([]);
            Grant.prototype.workerId = "";
            Grant.prototype.permitId = "";
            Grant.prototype.notBeforeS = 0;
            Grant.prototype.notAfterS = 0;
            Grant.prototype.fenceId = "";
            Grant.prototype.maxDurationS = 0;
            Grant.prototype.requestId = $util.newBuffer([]);

            Grant.create = function(properties) {
                return new Grant(properties);
            };

            Grant.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId") && message.grantId.length)
                    writer.uint32(10).bytes(message.grantId);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(18).string(message.workerId);
                if (message.permitId != null && $Object.hasOwnProperty.call(message, "permitId") && message.permitId !== "")
                    writer.uint32(26).string(message.permitId);
                if (message.notBeforeS != null && $Object.hasOwnProperty.call(message, "notBeforeS") && message.notBeforeS !== 0)
                    writer.uint32(37).fixed32(message.notBeforeS);
                if (message.notAfterS != null && $Object.hasOwnProperty.call(message, "notAfterS") && message.notAfterS !== 0)
                    writer.uint32(45).fixed32(message.notAfterS);
                if (message.fenceId != null && $Object.hasOwnProperty.call(message, "fenceId") && message.fenceId !== "")
                    writer.uint32(50).string(message.fenceId);
                if (message.maxDurationS != null && $Object.hasOwnProperty.call(message, "maxDurationS") && message.maxDurationS !== 0)
                    writer.uint32(56).uint32(message.maxDurationS);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId.length)
                    writer.uint32(66).bytes(message.requestId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Grant.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Grant();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.grantId = value;
                            else
                                delete message.grantId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerId = value;
                            else
                                delete message.workerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.permitId = value;
                            else
                                delete message.permitId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.notBeforeS = value;
                            else
                                delete message.notBeforeS;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.notAfterS = value;
                            else
                                delete message.notAfterS;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fenceId = value;
                            else
                                delete message.fenceId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxDurationS = value;
                            else
                                delete message.maxDurationS;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Grant.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Grant)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Grant: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Grant();
                if (object.grantId != null)
                    if (object.grantId.length)
                        if (typeof object.grantId === "string")
                            $util.base64.decode(object.grantId, message.grantId = $util.newBuffer($util.base64.length(object.grantId)), 0);
                        else if (object.grantId.length >= 0)
                            message.grantId = object.grantId;
                if (object.workerId != null)
                    if (typeof object.workerId !== "string" || object.workerId.length)
                        message.workerId = $String(object.workerId);
                if (object.permitId != null)
                    if (typeof object.permitId !== "string" || object.permitId.length)
                        message.permitId = $String(object.permitId);
                if (object.notBeforeS != null)
                    if ($Number(object.notBeforeS) !== 0)
                        message.notBeforeS = object.notBeforeS >>> 0;
                if (object.notAfterS != null)
                    if ($Number(object.notAfterS) !== 0)
                        message.notAfterS = object.notAfterS >>> 0;
                if (object.fenceId != null)
                    if (typeof object.fenceId !== "string" || object.fenceId.length)
                        message.fenceId = $String(object.fenceId);
                if (object.maxDurationS != null)
                    if ($Number(object.maxDurationS) !== 0)
                        message.maxDurationS = object.maxDurationS >>> 0;
                if (object.requestId != null)
                    if (object.requestId.length)
                        if (typeof object.requestId === "string")
                            $util.base64.decode(object.requestId, message.requestId = $util.newBuffer($util.base64.length(object.requestId)), 0);
                        else if (object.requestId.length >= 0)
                            message.requestId = object.requestId;
                return message;
            };

            Grant.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.grantId = "";
                    else {
                        object.grantId = [];
                        if (options.bytes !== $Array)
                            object.grantId = $util.newBuffer(object.grantId);
                    }
                    object.workerId = "";
                    object.permitId = "";
                    object.notBeforeS = 0;
                    object.notAfterS = 0;
                    object.fenceId = "";
                    object.maxDurationS = 0;
                    if (options.bytes === $String)
                        object.requestId = "";
                    else {
                        object.requestId = [];
                        if (options.bytes !== $Array)
                            object.requestId = $util.newBuffer(object.requestId);
                    }
                }
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId"))
                    object.grantId = options.bytes === $String ? $util.base64.encode(message.grantId, 0, message.grantId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.grantId) : message.grantId;
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    object.workerId = message.workerId;
                if (message.permitId != null && $Object.hasOwnProperty.call(message, "permitId"))
                    object.permitId = message.permitId;
                if (message.notBeforeS != null && $Object.hasOwnProperty.call(message, "notBeforeS"))
                    object.notBeforeS = message.notBeforeS;
                if (message.notAfterS != null && $Object.hasOwnProperty.call(message, "notAfterS"))
                    object.notAfterS = message.notAfterS;
                if (message.fenceId != null && $Object.hasOwnProperty.call(message, "fenceId"))
                    object.fenceId = message.fenceId;
                if (message.maxDurationS != null && $Object.hasOwnProperty.call(message, "maxDurationS"))
                    object.maxDurationS = message.maxDurationS;
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = options.bytes === $String ? $util.base64.encode(message.requestId, 0, message.requestId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requestId) : message.requestId;
                return object;
            };

            Grant.prototype.toJSON = function() {
                return Grant.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Grant;
        })();

        v1.Revoke = (function() {

            const Revoke = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Revoke.prototype.grantId = $util.newBuffer([]);
            Revoke.prototype.reason = "";

            Revoke.create = function(properties) {
                return new Revoke(properties);
            };

            Revoke.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId") && message.grantId.length)
                    writer.uint32(10).bytes(message.grantId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Revoke.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Revoke();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.grantId = value;
                            else
                                delete message.grantId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Revoke.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Revoke)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Revoke: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Revoke();
                if (object.grantId != null)
                    if (object.grantId.length)
                        if (typeof object.grantId === "string")
                            $util.base64.decode(object.grantId, message.grantId = $util.newBuffer($util.base64.length(object.grantId)), 0);
                        else if (object.grantId.length >= 0)
                            message.grantId = object.grantId;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            Revoke.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.grantId = "";
                    else {
                        object.grantId = [];
                        if (options.bytes !== $Array)
                            object.grantId = $util.newBuffer(object.grantId);
                    }
                    object.reason = "";
                }
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId"))
                    object.grantId = options.bytes === $String ? $util.base64.encode(message.grantId, 0, message.grantId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.grantId) : message.grantId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            Revoke.prototype.toJSON = function() {
                return Revoke.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Revoke;
        })();

        v1.Extend = (function() {

            const Extend = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Extend.prototype.grantId = $util.newBuffer([]);
            Extend.prototype.notAfterS = 0;

            Extend.create = function(properties) {
                return new Extend(properties);
            };

            Extend.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId") && message.grantId.length)
                    writer.uint32(10).bytes(message.grantId);
                if (message.notAfterS != null && $Object.hasOwnProperty.call(message, "notAfterS") && message.notAfterS !== 0)
                    writer.uint32(21).fixed32(message.notAfterS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Extend.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Extend();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.grantId = value;
                            else
                                delete message.grantId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.notAfterS = value;
                            else
                                delete message.notAfterS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Extend.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Extend)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Extend: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Extend();
                if (object.grantId != null)
                    if (object.grantId.length)
                        if (typeof object.grantId === "string")
                            $util.base64.decode(object.grantId, message.grantId = $util.newBuffer($util.base64.length(object.grantId)), 0);
                        else if (object.grantId.length >= 0)
                            message.grantId = object.grantId;
                if (object.notAfterS != null)
                    if ($Number(object.notAfterS) !== 0)
                        message.notAfterS = object.notAfterS >>> 0;
                return message;
            };

            Extend.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.grantId = "";
                    else {
                        object.grantId = [];
                        if (options.bytes !== $Array)
                            object.grantId = $util.newBuffer(object.grantId);
                    }
                    object.notAfterS = 0;
                }
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId"))
                    object.grantId = options.bytes === $String ? $util.base64.encode(message.grantId, 0, message.grantId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.grantId) : message.grantId;
                if (message.notAfterS != null && $Object.hasOwnProperty.call(message, "notAfterS"))
                    object.notAfterS = message.notAfterS;
                return object;
            };

            Extend.prototype.toJSON = function() {
                return Extend.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Extend;
        })();

        v1.Lock = (function() {

            const Lock = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Lock.prototype.locked = false;
            Lock.prototype.reason = "";

            Lock.create = function(properties) {
                return new Lock(properties);
            };

            Lock.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.locked != null && $Object.hasOwnProperty.call(message, "locked") && message.locked !== false)
                    writer.uint32(8).bool(message.locked);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Lock.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Lock();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.locked = value;
                            else
                                delete message.locked;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Lock.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Lock)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Lock: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Lock();
                if (object.locked != null)
                    if (object.locked)
                        message.locked = $Boolean(object.locked);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            Lock.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.locked = false;
                    object.reason = "";
                }
                if (message.locked != null && $Object.hasOwnProperty.call(message, "locked"))
                    object.locked = message.locked;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            Lock.prototype.toJSON = function() {
                return Lock.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Lock;
        })();

        v1.Circle = (function() {

            const Circle = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Circle.prototype.latE7 = 0;
            Circle.prototype.lonE7 = 0;
            Circle.prototype.radiusM = 0;

            Circle.create = function(properties) {
                return new Circle(properties);
            };

            Circle.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.latE7 != null && $Object.hasOwnProperty.call(message, "latE7") && message.latE7 !== 0)
                    writer.uint32(13).sfixed32(message.latE7);
                if (message.lonE7 != null && $Object.hasOwnProperty.call(message, "lonE7") && message.lonE7 !== 0)
                    writer.uint32(21).sfixed32(message.lonE7);
                if (message.radiusM != null && $Object.hasOwnProperty.call(message, "radiusM") && message.radiusM !== 0)
                    writer.uint32(24).uint32(message.radiusM);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Circle.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Circle();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.sfixed32())
                                message.latE7 = value;
                            else
                                delete message.latE7;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.sfixed32())
                                message.lonE7 = value;
                            else
                                delete message.lonE7;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.radiusM = value;
                            else
                                delete message.radiusM;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Circle.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Circle)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Circle: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Circle();
                if (object.latE7 != null)
                    if ($Number(object.latE7) !== 0)
                        message.latE7 = object.latE7 | 0;
                if (object.lonE7 != null)
                    if ($Number(object.lonE7) !== 0)
                        message.lonE7 = object.lonE7 | 0;
                if (object.radiusM != null)
                    if ($Number(object.radiusM) !== 0)
                        message.radiusM = object.radiusM >>> 0;
                return message;
            };

            Circle.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.latE7 = 0;
                    object.lonE7 = 0;
                    object.radiusM = 0;
                }
                if (message.latE7 != null && $Object.hasOwnProperty.call(message, "latE7"))
                    object.latE7 = message.latE7;
                if (message.lonE7 != null && $Object.hasOwnProperty.call(message, "lonE7"))
                    object.lonE7 = message.lonE7;
                if (message.radiusM != null && $Object.hasOwnProperty.call(message, "radiusM"))
                    object.radiusM = message.radiusM;
                return object;
            };

            Circle.prototype.toJSON = function() {
                return Circle.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Circle;
        })();

        v1.Polygon = (function() {

            const Polygon = function (properties) {
                this.latE7 = [];
                this.lonE7 = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Polygon.prototype.latE7 = $util.emptyArray;
            Polygon.prototype.lonE7 = $util.emptyArray;

            Polygon.create = function(properties) {
                return new Polygon(properties);
            };

            Polygon.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.latE7 != null && message.latE7.length)
                    writer.uint32(10).sfixed32s(message.latE7);
                if (message.lonE7 != null && message.lonE7.length)
                    writer.uint32(18).sfixed32s(message.lonE7);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Polygon.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Polygon();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.latE7 && message.latE7.length))
                                    message.latE7 = [];
                                reader.sfixed32s(message.latE7);
                                continue;
                            }
                            if (wireType !== 5)
                                break;
                            if (!(message.latE7 && message.latE7.length))
                                message.latE7 = [];
                            message.latE7.push(reader.sfixed32());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.lonE7 && message.lonE7.length))
                                    message.lonE7 = [];
                                reader.sfixed32s(message.lonE7);
                                continue;
                            }
                            if (wireType !== 5)
                                break;
                            if (!(message.lonE7 && message.lonE7.length))
                                message.lonE7 = [];
                            message.lonE7.push(reader.sfixed32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Polygon.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Polygon)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Polygon: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Polygon();
                if (object.latE7) {
                    if (!$Array.isArray(object.latE7))
                        throw $TypeError(".weldcode.v1.Polygon.latE7: array expected");
                    message.latE7 = $Array(object.latE7.length);
                    for (let i = 0; i < object.latE7.length; ++i)
                        message.latE7[i] = object.latE7[i] | 0;
                }
                if (object.lonE7) {
                    if (!$Array.isArray(object.lonE7))
                        throw $TypeError(".weldcode.v1.Polygon.lonE7: array expected");
                    message.lonE7 = $Array(object.lonE7.length);
                    for (let i = 0; i < object.lonE7.length; ++i)
                        message.lonE7[i] = object.lonE7[i] | 0;
                }
                return message;
            };

            Polygon.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.latE7 = [];
                    object.lonE7 = [];
                }
                if (message.latE7 && message.latE7.length) {
                    object.latE7 = $Array(message.latE7.length);
                    for (let j = 0; j < message.latE7.length; ++j)
                        object.latE7[j] = message.latE7[j];
                }
                if (message.lonE7 && message.lonE7.length) {
                    object.lonE7 = $Array(message.lonE7.length);
                    for (let j = 0; j < message.lonE7.length; ++j)
                        object.lonE7[j] = message.lonE7[j];
                }
                return object;
            };

            Polygon.prototype.toJSON = function() {
                return Polygon.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Polygon;
        })();

        v1.GeofenceSet = (function() {

            const GeofenceSet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GeofenceSet.prototype.fenceId = "";
            GeofenceSet.prototype.version = 0;
            GeofenceSet.prototype.circle = null;
            GeofenceSet.prototype.polygon = null;
            GeofenceSet.prototype.compact = null;

            let $oneOfFields;

            $Object.defineProperty(GeofenceSet.prototype, "shape", {
                get: $util.oneOfGetter($oneOfFields = ["circle", "polygon", "compact"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            GeofenceSet.create = function(properties) {
                return new GeofenceSet(properties);
            };

            GeofenceSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fenceId != null && $Object.hasOwnProperty.call(message, "fenceId") && message.fenceId !== "")
                    writer.uint32(10).string(message.fenceId);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(16).uint32(message.version);
                if (message.circle != null && $Object.hasOwnProperty.call(message, "circle"))
                    $root.weldcode.v1.Circle.encode(message.circle, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.polygon != null && $Object.hasOwnProperty.call(message, "polygon"))
                    $root.weldcode.v1.Polygon.encode(message.polygon, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.compact != null && $Object.hasOwnProperty.call(message, "compact"))
                    writer.uint32(42).bytes(message.compact);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GeofenceSet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.GeofenceSet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fenceId = value;
                            else
                                delete message.fenceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.circle = $root.weldcode.v1.Circle.decode(reader, reader.size(), $undefined, _depth + 1, message.circle);
                            message.shape = "circle";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.polygon = $root.weldcode.v1.Polygon.decode(reader, reader.size(), $undefined, _depth + 1, message.polygon);
                            message.shape = "polygon";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.compact = reader.bytes();
                            message.shape = "compact";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GeofenceSet.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.GeofenceSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.GeofenceSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.GeofenceSet();
                if (object.fenceId != null)
                    if (typeof object.fenceId !== "string" || object.fenceId.length)
                        message.fenceId = $String(object.fenceId);
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.circle != null) {
                    if (!$util.isObject(object.circle))
                        throw $TypeError(".weldcode.v1.GeofenceSet.circle: object expected");
                    message.circle = $root.weldcode.v1.Circle.fromObject(object.circle, _depth + 1);
                }
                if (object.polygon != null) {
                    if (!$util.isObject(object.polygon))
                        throw $TypeError(".weldcode.v1.GeofenceSet.polygon: object expected");
                    message.polygon = $root.weldcode.v1.Polygon.fromObject(object.polygon, _depth + 1);
                }
                if (object.compact != null)
                    if (typeof object.compact === "string")
                        $util.base64.decode(object.compact, message.compact = $util.newBuffer($util.base64.length(object.compact)), 0);
                    else if (object.compact.length >= 0)
                        message.compact = object.compact;
                return message;
            };

            GeofenceSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fenceId = "";
                    object.version = 0;
                }
                if (message.fenceId != null && $Object.hasOwnProperty.call(message, "fenceId"))
                    object.fenceId = message.fenceId;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.circle != null && $Object.hasOwnProperty.call(message, "circle")) {
                    object.circle = $root.weldcode.v1.Circle.toObject(message.circle, options, _depth + 1);
                    if (options.oneofs)
                        object.shape = "circle";
                }
                if (message.polygon != null && $Object.hasOwnProperty.call(message, "polygon")) {
                    object.polygon = $root.weldcode.v1.Polygon.toObject(message.polygon, options, _depth + 1);
                    if (options.oneofs)
                        object.shape = "polygon";
                }
                if (message.compact != null && $Object.hasOwnProperty.call(message, "compact")) {
                    object.compact = options.bytes === $String ? $util.base64.encode(message.compact, 0, message.compact.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.compact) : message.compact;
                    if (options.oneofs)
                        object.shape = "compact";
                }
                return object;
            };

            GeofenceSet.prototype.toJSON = function() {
                return GeofenceSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GeofenceSet;
        })();

        v1.ConfigSet = (function() {

            const ConfigSet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConfigSet.prototype.version = 0;
            ConfigSet.prototype.telemetryIntervalMs = 0;
            ConfigSet.prototype.heartbeatIntervalS = 0;
            ConfigSet.prototype.locationIntervalS = 0;
            ConfigSet.prototype.arcThresholdDa = 0;
            ConfigSet.prototype.maxTemperatureC = 0;

            ConfigSet.create = function(properties) {
                return new ConfigSet(properties);
            };

            ConfigSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(8).uint32(message.version);
                if (message.telemetryIntervalMs != null && $Object.hasOwnProperty.call(message, "telemetryIntervalMs") && message.telemetryIntervalMs !== 0)
                    writer.uint32(16).uint32(message.telemetryIntervalMs);
                if (message.heartbeatIntervalS != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalS") && message.heartbeatIntervalS !== 0)
                    writer.uint32(24).uint32(message.heartbeatIntervalS);
                if (message.locationIntervalS != null && $Object.hasOwnProperty.call(message, "locationIntervalS") && message.locationIntervalS !== 0)
                    writer.uint32(32).uint32(message.locationIntervalS);
                if (message.arcThresholdDa != null && $Object.hasOwnProperty.call(message, "arcThresholdDa") && message.arcThresholdDa !== 0)
                    writer.uint32(40).uint32(message.arcThresholdDa);
                if (message.maxTemperatureC != null && $Object.hasOwnProperty.call(message, "maxTemperatureC") && message.maxTemperatureC !== 0)
                    writer.uint32(48).uint32(message.maxTemperatureC);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConfigSet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.ConfigSet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.telemetryIntervalMs = value;
                            else
                                delete message.telemetryIntervalMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalS = value;
                            else
                                delete message.heartbeatIntervalS;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.locationIntervalS = value;
                            else
                                delete message.locationIntervalS;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.arcThresholdDa = value;
                            else
                                delete message.arcThresholdDa;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxTemperatureC = value;
                            else
                                delete message.maxTemperatureC;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConfigSet.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.ConfigSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.ConfigSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.ConfigSet();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.telemetryIntervalMs != null)
                    if ($Number(object.telemetryIntervalMs) !== 0)
                        message.telemetryIntervalMs = object.telemetryIntervalMs >>> 0;
                if (object.heartbeatIntervalS != null)
                    if ($Number(object.heartbeatIntervalS) !== 0)
                        message.heartbeatIntervalS = object.heartbeatIntervalS >>> 0;
                if (object.locationIntervalS != null)
                    if ($Number(object.locationIntervalS) !== 0)
                        message.locationIntervalS = object.locationIntervalS >>> 0;
                if (object.arcThresholdDa != null)
                    if ($Number(object.arcThresholdDa) !== 0)
                        message.arcThresholdDa = object.arcThresholdDa >>> 0;
                if (object.maxTemperatureC != null)
                    if ($Number(object.maxTemperatureC) !== 0)
                        message.maxTemperatureC = object.maxTemperatureC >>> 0;
                return message;
            };

            ConfigSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.telemetryIntervalMs = 0;
                    object.heartbeatIntervalS = 0;
                    object.locationIntervalS = 0;
                    object.arcThresholdDa = 0;
                    object.maxTemperatureC = 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.telemetryIntervalMs != null && $Object.hasOwnProperty.call(message, "telemetryIntervalMs"))
                    object.telemetryIntervalMs = message.telemetryIntervalMs;
                if (message.heartbeatIntervalS != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalS"))
                    object.heartbeatIntervalS = message.heartbeatIntervalS;
                if (message.locationIntervalS != null && $Object.hasOwnProperty.call(message, "locationIntervalS"))
                    object.locationIntervalS = message.locationIntervalS;
                if (message.arcThresholdDa != null && $Object.hasOwnProperty.call(message, "arcThresholdDa"))
                    object.arcThresholdDa = message.arcThresholdDa;
                if (message.maxTemperatureC != null && $Object.hasOwnProperty.call(message, "maxTemperatureC"))
                    object.maxTemperatureC = message.maxTemperatureC;
                return object;
            };

            ConfigSet.prototype.toJSON = function() {
                return ConfigSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConfigSet;
        })();

        v1.Envelope = (function() {

            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Envelope.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Envelope.prototype.telemetry = null;
            Envelope.prototype.location = null;
            Envelope.prototype.heartbeat = null;
            Envelope.prototype.ack = null;
            Envelope.prototype.alarm = null;
            Envelope.prototype.arcSession = null;
            Envelope.prototype.event = null;
            Envelope.prototype.nack = null;
            Envelope.prototype.alarmAck = null;
            Envelope.prototype.unlockRequest = null;
            Envelope.prototype.directive = null;
            Envelope.prototype.backfill = null;
            Envelope.prototype.timeSync = null;
            Envelope.prototype.hello = null;
            Envelope.prototype.challenge = null;
            Envelope.prototype.authResponse = null;
            Envelope.prototype.authResult = null;
            Envelope.prototype.birth = null;
            Envelope.prototype.death = null;
            Envelope.prototype.timeSyncRequest = null;
            Envelope.prototype.command = null;
            Envelope.prototype.commandResult = null;
            Envelope.prototype.registerRequest = null;
            Envelope.prototype.registerResult = null;
            Envelope.prototype.mac = $util.newBuffer([]);

            let $oneOfFields;

            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["telemetry", "location", "heartbeat", "ack", "alarm", "arcSession", "event", "nack", "alarmAck", "unlockRequest", "directive", "backfill", "timeSync", "hello", "challenge", "authResponse", "authResult", "birth", "death", "timeSyncRequest", "command", "commandResult", "registerRequest", "registerResult"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(8).uint64(message.seq);
                if (message.telemetry != null && $Object.hasOwnProperty.call(message, "telemetry"))
                    $root.weldcode.v1.Telemetry.encode(message.telemetry, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    $root.weldcode.v1.Location.encode(message.location, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.weldcode.v1.Heartbeat.encode(message.heartbeat, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.weldcode.v1.Ack.encode(message.ack, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.alarm != null && $Object.hasOwnProperty.call(message, "alarm"))
                    $root.weldcode.v1.Alarm.encode(message.alarm, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.arcSession != null && $Object.hasOwnProperty.call(message, "arcSession"))
                    $root.weldcode.v1.ArcSession.encode(message.arcSession, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.weldcode.v1.Event.encode(message.event, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.nack != null && $Object.hasOwnProperty.call(message, "nack"))
                    $root.weldcode.v1.Nack.encode(message.nack, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.alarmAck != null && $Object.hasOwnProperty.call(message, "alarmAck"))
                    $root.weldcode.v1.AlarmAck.encode(message.alarmAck, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.unlockRequest != null && $Object.hasOwnProperty.call(message, "unlockRequest"))
                    $root.weldcode.v1.UnlockRequest.encode(message.unlockRequest, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.directive != null && $Object.hasOwnProperty.call(message, "directive"))
                    $root.weldcode.v1.SignedDirective.encode(message.directive, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.backfill != null && $Object.hasOwnProperty.call(message, "backfill"))
                    $root.weldcode.v1.Backfill.encode(message.backfill, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.timeSync != null && $Object.hasOwnProperty.call(message, "timeSync"))
                    $root.weldcode.v1.TimeSync.encode(message.timeSync, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.weldcode.v1.Hello.encode(message.hello, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge"))
                    $root.weldcode.v1.Challenge.encode(message.challenge, writer.uint32(138).fork(), _depth + 1).ldelim();
                if (message.authResponse != null && $Object.hasOwnProperty.call(message, "authResponse"))
                    $root.weldcode.v1.AuthResponse.encode(message.authResponse, writer.uint32(146).fork(), _depth + 1).ldelim();
                if (message.authResult != null && $Object.hasOwnProperty.call(message, "authResult"))
                    $root.weldcode.v1.AuthResult.encode(message.authResult, writer.uint32(154).fork(), _depth + 1).ldelim();
                if (message.birth != null && $Object.hasOwnProperty.call(message, "birth"))
                    $root.weldcode.v1.Birth.encode(message.birth, writer.uint32(162).fork(), _depth + 1).ldelim();
                if (message.death != null && $Object.hasOwnProperty.call(message, "death"))
                    $root.weldcode.v1.Death.encode(message.death, writer.uint32(170).fork(), _depth + 1).ldelim();
                if (message.timeSyncRequest != null && $Object.hasOwnProperty.call(message, "timeSyncRequest"))
                    $root.weldcode.v1.TimeSyncRequest.encode(message.timeSyncRequest, writer.uint32(178).fork(), _depth + 1).ldelim();
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.weldcode.v1.Command.encode(message.command, writer.uint32(186).fork(), _depth + 1).ldelim();
                if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult"))
                    $root.weldcode.v1.CommandResult.encode(message.commandResult, writer.uint32(194).fork(), _depth + 1).ldelim();
                if (message.registerRequest != null && $Object.hasOwnProperty.call(message, "registerRequest"))
                    $root.weldcode.v1.RegisterRequest.encode(message.registerRequest, writer.uint32(202).fork(), _depth + 1).ldelim();
                if (message.registerResult != null && $Object.hasOwnProperty.call(message, "registerResult"))
                    $root.weldcode.v1.RegisterResult.encode(message.registerResult, writer.uint32(210).fork(), _depth + 1).ldelim();
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac.length)
                    writer.uint32(16378).bytes(message.mac);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.telemetry = $root.weldcode.v1.Telemetry.decode(reader, reader.size(), $undefined, _depth + 1, message.telemetry);
                            message.body = "telemetry";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.location = $root.weldcode.v1.Location.decode(reader, reader.size(), $undefined, _depth + 1, message.location);
                            message.body = "location";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.weldcode.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.body = "heartbeat";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.weldcode.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.alarm = $root.weldcode.v1.Alarm.decode(reader, reader.size(), $undefined, _depth + 1, message.alarm);
                            message.body = "alarm";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.arcSession = $root.weldcode.v1.ArcSession.decode(reader, reader.size(), $undefined, _depth + 1, message.arcSession);
                            message.body = "arcSession";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.weldcode.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            message.body = "event";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.nack = $root.weldcode.v1.Nack.decode(reader, reader.size(), $undefined, _depth + 1, message.nack);
                            message.body = "nack";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.alarmAck = $root.weldcode.v1.AlarmAck.decode(reader, reader.size(), $undefined, _depth + 1, message.alarmAck);
                            message.body = "alarmAck";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.unlockRequest = $root.weldcode.v1.UnlockRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.unlockRequest);
                            message.body = "unlockRequest";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.directive = $root.weldcode.v1.SignedDirective.decode(reader, reader.size(), $undefined, _depth + 1, message.directive);
                            message.body = "directive";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.backfill = $root.weldcode.v1.Backfill.decode(reader, reader.size(), $undefined, _depth + 1, message.backfill);
                            message.body = "backfill";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.timeSync = $root.weldcode.v1.TimeSync.decode(reader, reader.size(), $undefined, _depth + 1, message.timeSync);
                            message.body = "timeSync";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.weldcode.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.challenge = $root.weldcode.v1.Challenge.decode(reader, reader.size(), $undefined, _depth + 1, message.challenge);
                            message.body = "challenge";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.authResponse = $root.weldcode.v1.AuthResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.authResponse);
                            message.body = "authResponse";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.authResult = $root.weldcode.v1.AuthResult.decode(reader, reader.size(), $undefined, _depth + 1, message.authResult);
                            message.body = "authResult";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.birth = $root.weldcode.v1.Birth.decode(reader, reader.size(), $undefined, _depth + 1, message.birth);
                            message.body = "birth";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.death = $root.weldcode.v1.Death.decode(reader, reader.size(), $undefined, _depth + 1, message.death);
                            message.body = "death";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.timeSyncRequest = $root.weldcode.v1.TimeSyncRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.timeSyncRequest);
                            message.body = "timeSyncRequest";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.weldcode.v1.Command.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            message.body = "command";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.commandResult = $root.weldcode.v1.CommandResult.decode(reader, reader.size(), $undefined, _depth + 1, message.commandResult);
                            message.body = "commandResult";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.registerRequest = $root.weldcode.v1.RegisterRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.registerRequest);
                            message.body = "registerRequest";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.registerResult = $root.weldcode.v1.RegisterResult.decode(reader, reader.size(), $undefined, _depth + 1, message.registerResult);
                            message.body = "registerResult";
                            continue;
                        }
                    case 2047: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Envelope.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Envelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Envelope();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.telemetry != null) {
                    if (!$util.isObject(object.telemetry))
                        throw $TypeError(".weldcode.v1.Envelope.telemetry: object expected");
                    message.telemetry = $root.weldcode.v1.Telemetry.fromObject(object.telemetry, _depth + 1);
                }
                if (object.location != null) {
                    if (!$util.isObject(object.location))
                        throw $TypeError(".weldcode.v1.Envelope.location: object expected");
                    message.location = $root.weldcode.v1.Location.fromObject(object.location, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".weldcode.v1.Envelope.heartbeat: object expected");
                    message.heartbeat = $root.weldcode.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".weldcode.v1.Envelope.ack: object expected");
                    message.ack = $root.weldcode.v1.Ack.fromObject(object.ack, _depth + 1);
                }
                if (object.alarm != null) {
                    if (!$util.isObject(object.alarm))
                        throw $TypeError(".weldcode.v1.Envelope.alarm: object expected");
                    message.alarm = $root.weldcode.v1.Alarm.fromObject(object.alarm, _depth + 1);
                }
                if (object.arcSession != null) {
                    if (!$util.isObject(object.arcSession))
                        throw $TypeError(".weldcode.v1.Envelope.arcSession: object expected");
                    message.arcSession = $root.weldcode.v1.ArcSession.fromObject(object.arcSession, _depth + 1);
                }
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".weldcode.v1.Envelope.event: object expected");
                    message.event = $root.weldcode.v1.Event.fromObject(object.event, _depth + 1);
                }
                if (object.nack != null) {
                    if (!$util.isObject(object.nack))
                        throw $TypeError(".weldcode.v1.Envelope.nack: object expected");
                    message.nack = $root.weldcode.v1.Nack.fromObject(object.nack, _depth + 1);
                }
                if (object.alarmAck != null) {
                    if (!$util.isObject(object.alarmAck))
                        throw $TypeError(".weldcode.v1.Envelope.alarmAck: object expected");
                    message.alarmAck = $root.weldcode.v1.AlarmAck.fromObject(object.alarmAck, _depth + 1);
                }
                if (object.unlockRequest != null) {
                    if (!$util.isObject(object.unlockRequest))
                        throw $TypeError(".weldcode.v1.Envelope.unlockRequest: object expected");
                    message.unlockRequest = $root.weldcode.v1.UnlockRequest.fromObject(object.unlockRequest, _depth + 1);
                }
                if (object.directive != null) {
                    if (!$util.isObject(object.directive))
                        throw $TypeError(".weldcode.v1.Envelope.directive: object expected");
                    message.directive = $root.weldcode.v1.SignedDirective.fromObject(object.directive, _depth + 1);
                }
                if (object.backfill != null) {
                    if (!$util.isObject(object.backfill))
                        throw $TypeError(".weldcode.v1.Envelope.backfill: object expected");
                    message.backfill = $root.weldcode.v1.Backfill.fromObject(object.backfill, _depth + 1);
                }
                if (object.timeSync != null) {
                    if (!$util.isObject(object.timeSync))
                        throw $TypeError(".weldcode.v1.Envelope.timeSync: object expected");
                    message.timeSync = $root.weldcode.v1.TimeSync.fromObject(object.timeSync, _depth + 1);
                }
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".weldcode.v1.Envelope.hello: object expected");
                    message.hello = $root.weldcode.v1.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.challenge != null) {
                    if (!$util.isObject(object.challenge))
                        throw $TypeError(".weldcode.v1.Envelope.challenge: object expected");
                    message.challenge = $root.weldcode.v1.Challenge.fromObject(object.challenge, _depth + 1);
                }
                if (object.authResponse != null) {
                    if (!$util.isObject(object.authResponse))
                        throw $TypeError(".weldcode.v1.Envelope.authResponse: object expected");
                    message.authResponse = $root.weldcode.v1.AuthResponse.fromObject(object.authResponse, _depth + 1);
                }
                if (object.authResult != null) {
                    if (!$util.isObject(object.authResult))
                        throw $TypeError(".weldcode.v1.Envelope.authResult: object expected");
                    message.authResult = $root.weldcode.v1.AuthResult.fromObject(object.authResult, _depth + 1);
                }
                if (object.birth != null) {
                    if (!$util.isObject(object.birth))
                        throw $TypeError(".weldcode.v1.Envelope.birth: object expected");
                    message.birth = $root.weldcode.v1.Birth.fromObject(object.birth, _depth + 1);
                }
                if (object.death != null) {
                    if (!$util.isObject(object.death))
                        throw $TypeError(".weldcode.v1.Envelope.death: object expected");
                    message.death = $root.weldcode.v1.Death.fromObject(object.death, _depth + 1);
                }
                if (object.timeSyncRequest != null) {
                    if (!$util.isObject(object.timeSyncRequest))
                        throw $TypeError(".weldcode.v1.Envelope.timeSyncRequest: object expected");
                    message.timeSyncRequest = $root.weldcode.v1.TimeSyncRequest.fromObject(object.timeSyncRequest, _depth + 1);
                }
                if (object.command != null) {
                    if (!$util.isObject(object.command))
                        throw $TypeError(".weldcode.v1.Envelope.command: object expected");
                    message.command = $root.weldcode.v1.Command.fromObject(object.command, _depth + 1);
                }
                if (object.commandResult != null) {
                    if (!$util.isObject(object.commandResult))
                        throw $TypeError(".weldcode.v1.Envelope.commandResult: object expected");
                    message.commandResult = $root.weldcode.v1.CommandResult.fromObject(object.commandResult, _depth + 1);
                }
                if (object.registerRequest != null) {
                    if (!$util.isObject(object.registerRequest))
                        throw $TypeError(".weldcode.v1.Envelope.registerRequest: object expected");
                    message.registerRequest = $root.weldcode.v1.RegisterRequest.fromObject(object.registerRequest, _depth + 1);
                }
                if (object.registerResult != null) {
                    if (!$util.isObject(object.registerResult))
                        throw $TypeError(".weldcode.v1.Envelope.registerResult: object expected");
                    message.registerResult = $root.weldcode.v1.RegisterResult.fromObject(object.registerResult, _depth + 1);
                }
                if (object.mac != null)
                    if (object.mac.length)
                        if (typeof object.mac === "string")
                            $util.base64.decode(object.mac, message.mac = $util.newBuffer($util.base64.length(object.mac)), 0);
                        else if (object.mac.length >= 0)
                            message.mac = object.mac;
                return message;
            };

            Envelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.mac = "";
                    else {
                        object.mac = [];
                        if (options.bytes !== $Array)
                            object.mac = $util.newBuffer(object.mac);
                    }
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.telemetry != null && $Object.hasOwnProperty.call(message, "telemetry")) {
                    object.telemetry = $root.weldcode.v1.Telemetry.toObject(message.telemetry, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "telemetry";
                }
                if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                    object.location = $root.weldcode.v1.Location.toObject(message.location, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "location";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.weldcode.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.weldcode.v1.Ack.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ack";
                }
                if (message.alarm != null && $Object.hasOwnProperty.call(message, "alarm")) {
                    object.alarm = $root.weldcode.v1.Alarm.toObject(message.alarm, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "alarm";
                }
                if (message.arcSession != null && $Object.hasOwnProperty.call(message, "arcSession")) {
                    object.arcSession = $root.weldcode.v1.ArcSession.toObject(message.arcSession, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "arcSession";
                }
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    object.event = $root.weldcode.v1.Event.toObject(message.event, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "event";
                }
                if (message.nack != null && $Object.hasOwnProperty.call(message, "nack")) {
                    object.nack = $root.weldcode.v1.Nack.toObject(message.nack, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "nack";
                }
                if (message.alarmAck != null && $Object.hasOwnProperty.call(message, "alarmAck")) {
                    object.alarmAck = $root.weldcode.v1.AlarmAck.toObject(message.alarmAck, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "alarmAck";
                }
                if (message.unlockRequest != null && $Object.hasOwnProperty.call(message, "unlockRequest")) {
                    object.unlockRequest = $root.weldcode.v1.UnlockRequest.toObject(message.unlockRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "unlockRequest";
                }
                if (message.directive != null && $Object.hasOwnProperty.call(message, "directive")) {
                    object.directive = $root.weldcode.v1.SignedDirective.toObject(message.directive, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "directive";
                }
                if (message.backfill != null && $Object.hasOwnProperty.call(message, "backfill")) {
                    object.backfill = $root.weldcode.v1.Backfill.toObject(message.backfill, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "backfill";
                }
                if (message.timeSync != null && $Object.hasOwnProperty.call(message, "timeSync")) {
                    object.timeSync = $root.weldcode.v1.TimeSync.toObject(message.timeSync, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "timeSync";
                }
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.weldcode.v1.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge")) {
                    object.challenge = $root.weldcode.v1.Challenge.toObject(message.challenge, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "challenge";
                }
                if (message.authResponse != null && $Object.hasOwnProperty.call(message, "authResponse")) {
                    object.authResponse = $root.weldcode.v1.AuthResponse.toObject(message.authResponse, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "authResponse";
                }
                if (message.authResult != null && $Object.hasOwnProperty.call(message, "authResult")) {
                    object.authResult = $root.weldcode.v1.AuthResult.toObject(message.authResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "authResult";
                }
                if (message.birth != null && $Object.hasOwnProperty.call(message, "birth")) {
                    object.birth = $root.weldcode.v1.Birth.toObject(message.birth, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "birth";
                }
                if (message.death != null && $Object.hasOwnProperty.call(message, "death")) {
                    object.death = $root.weldcode.v1.Death.toObject(message.death, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "death";
                }
                if (message.timeSyncRequest != null && $Object.hasOwnProperty.call(message, "timeSyncRequest")) {
                    object.timeSyncRequest = $root.weldcode.v1.TimeSyncRequest.toObject(message.timeSyncRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "timeSyncRequest";
                }
                if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                    object.command = $root.weldcode.v1.Command.toObject(message.command, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "command";
                }
                if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult")) {
                    object.commandResult = $root.weldcode.v1.CommandResult.toObject(message.commandResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "commandResult";
                }
                if (message.registerRequest != null && $Object.hasOwnProperty.call(message, "registerRequest")) {
                    object.registerRequest = $root.weldcode.v1.RegisterRequest.toObject(message.registerRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "registerRequest";
                }
                if (message.registerResult != null && $Object.hasOwnProperty.call(message, "registerResult")) {
                    object.registerResult = $root.weldcode.v1.RegisterResult.toObject(message.registerResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "registerResult";
                }
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = options.bytes === $String ? $util.base64.encode(message.mac, 0, message.mac.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.mac) : message.mac;
                return object;
            };

            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Envelope;
        })();

        v1.RegisterRequest = (function() {

            const RegisterRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RegisterRequest.prototype.chipId = "";
            RegisterRequest.prototype.publicKey = $util.newBuffer([]);
            RegisterRequest.prototype.machineSerial = "";
            RegisterRequest.prototype.machineKind = 0;
            RegisterRequest.prototype.installerId = "";
            RegisterRequest.prototype.nonce = $util.newBuffer([]);
            RegisterRequest.prototype.signature = $util.newBuffer([]);

            RegisterRequest.create = function(properties) {
                return new RegisterRequest(properties);
            };

            RegisterRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chipId != null && $Object.hasOwnProperty.call(message, "chipId") && message.chipId !== "")
                    writer.uint32(10).string(message.chipId);
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                    writer.uint32(18).bytes(message.publicKey);
                if (message.machineSerial != null && $Object.hasOwnProperty.call(message, "machineSerial") && message.machineSerial !== "")
                    writer.uint32(26).string(message.machineSerial);
                if (message.machineKind != null && $Object.hasOwnProperty.call(message, "machineKind") && message.machineKind !== 0)
                    writer.uint32(32).uint32(message.machineKind);
                if (message.installerId != null && $Object.hasOwnProperty.call(message, "installerId") && message.installerId !== "")
                    writer.uint32(42).string(message.installerId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(50).bytes(message.nonce);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(58).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RegisterRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.RegisterRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chipId = value;
                            else
                                delete message.chipId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.publicKey = value;
                            else
                                delete message.publicKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.machineSerial = value;
                            else
                                delete message.machineSerial;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.machineKind = value;
                            else
                                delete message.machineKind;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.installerId = value;
                            else
                                delete message.installerId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RegisterRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.RegisterRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.RegisterRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.RegisterRequest();
                if (object.chipId != null)
                    if (typeof object.chipId !== "string" || object.chipId.length)
                        message.chipId = $String(object.chipId);
                if (object.publicKey != null)
                    if (object.publicKey.length)
                        if (typeof object.publicKey === "string")
                            $util.base64.decode(object.publicKey, message.publicKey = $util.newBuffer($util.base64.length(object.publicKey)), 0);
                        else if (object.publicKey.length >= 0)
                            message.publicKey = object.publicKey;
                if (object.machineSerial != null)
                    if (typeof object.machineSerial !== "string" || object.machineSerial.length)
                        message.machineSerial = $String(object.machineSerial);
                if (object.machineKind != null)
                    if ($Number(object.machineKind) !== 0)
                        message.machineKind = object.machineKind >>> 0;
                if (object.installerId != null)
                    if (typeof object.installerId !== "string" || object.installerId.length)
                        message.installerId = $String(object.installerId);
                if (object.nonce != null)
                    if (object.nonce.length)
                        if (typeof object.nonce === "string")
                            $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                        else if (object.nonce.length >= 0)
                            message.nonce = object.nonce;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            RegisterRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chipId = "";
                    if (options.bytes === $String)
                        object.publicKey = "";
                    else {
                        object.publicKey = [];
                        if (options.bytes !== $Array)
                            object.publicKey = $util.newBuffer(object.publicKey);
                    }
                    object.machineSerial = "";
                    object.machineKind = 0;
                    object.installerId = "";
                    if (options.bytes === $String)
                        object.nonce = "";
                    else {
                        object.nonce = [];
                        if (options.bytes !== $Array)
                            object.nonce = $util.newBuffer(object.nonce);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.chipId != null && $Object.hasOwnProperty.call(message, "chipId"))
                    object.chipId = message.chipId;
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey"))
                    object.publicKey = options.bytes === $String ? $util.base64.encode(message.publicKey, 0, message.publicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.publicKey) : message.publicKey;
                if (message.machineSerial != null && $Object.hasOwnProperty.call(message, "machineSerial"))
                    object.machineSerial = message.machineSerial;
                if (message.machineKind != null && $Object.hasOwnProperty.call(message, "machineKind"))
                    object.machineKind = message.machineKind;
                if (message.installerId != null && $Object.hasOwnProperty.call(message, "installerId"))
                    object.installerId = message.installerId;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            RegisterRequest.prototype.toJSON = function() {
                return RegisterRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RegisterRequest;
        })();

        v1.RegisterStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REGISTER_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REGISTER_STATUS_OK"] = 1;
            values[valuesById[2] = "REGISTER_STATUS_BAD_SIGNATURE"] = 2;
            values[valuesById[3] = "REGISTER_STATUS_NOT_APPROVED"] = 3;
            values[valuesById[4] = "REGISTER_STATUS_ID_TAKEN"] = 4;
            return values;
        })();

        v1.RegisterResult = (function() {

            const RegisterResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RegisterResult.prototype.status = 0;
            RegisterResult.prototype.platformPublicKey = $util.newBuffer([]);

            RegisterResult.create = function(properties) {
                return new RegisterResult(properties);
            };

            RegisterResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(8).int32(message.status);
                if (message.platformPublicKey != null && $Object.hasOwnProperty.call(message, "platformPublicKey") && message.platformPublicKey.length)
                    writer.uint32(18).bytes(message.platformPublicKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RegisterResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.RegisterResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.platformPublicKey = value;
                            else
                                delete message.platformPublicKey;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RegisterResult.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.RegisterResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.RegisterResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.RegisterResult();
                if (object.status !== 0 && (typeof object.status !== "string" || $root.weldcode.v1.RegisterStatus[object.status] !== 0))
                    switch (object.status) {
                    case "REGISTER_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "REGISTER_STATUS_OK":
                    case 1:
                        message.status = 1;
                        break;
                    case "REGISTER_STATUS_BAD_SIGNATURE":
                    case 2:
                        message.status = 2;
                        break;
                    case "REGISTER_STATUS_NOT_APPROVED":
                    case 3:
                        message.status = 3;
                        break;
                    case "REGISTER_STATUS_ID_TAKEN":
                    case 4:
                        message.status = 4;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.platformPublicKey != null)
                    if (object.platformPublicKey.length)
                        if (typeof object.platformPublicKey === "string")
                            $util.base64.decode(object.platformPublicKey, message.platformPublicKey = $util.newBuffer($util.base64.length(object.platformPublicKey)), 0);
                        else if (object.platformPublicKey.length >= 0)
                            message.platformPublicKey = object.platformPublicKey;
                return message;
            };

            RegisterResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.status = options.enums === $String ? "REGISTER_STATUS_UNSPECIFIED" : 0;
                    if (options.bytes === $String)
                        object.platformPublicKey = "";
                    else {
                        object.platformPublicKey = [];
                        if (options.bytes !== $Array)
                            object.platformPublicKey = $util.newBuffer(object.platformPublicKey);
                    }
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.weldcode.v1.RegisterStatus[message.status] === $undefined ? message.status : $root.weldcode.v1.RegisterStatus[message.status] : message.status;
                if (message.platformPublicKey != null && $Object.hasOwnProperty.call(message, "platformPublicKey"))
                    object.platformPublicKey = options.bytes === $String ? $util.base64.encode(message.platformPublicKey, 0, message.platformPublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.platformPublicKey) : message.platformPublicKey;
                return object;
            };

            RegisterResult.prototype.toJSON = function() {
                return RegisterResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RegisterResult;
        })();

        v1.Hello = (function() {

            const Hello = function (properties) {
                this.versions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Hello.prototype.chipId = "";
            Hello.prototype.bootEpoch = 0;
            Hello.prototype.clientNonce = $util.newBuffer([]);
            Hello.prototype.ephemeralKey = $util.newBuffer([]);
            Hello.prototype.versions = $util.emptyArray;

            Hello.create = function(properties) {
                return new Hello(properties);
            };

            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chipId != null && $Object.hasOwnProperty.call(message, "chipId") && message.chipId !== "")
                    writer.uint32(10).string(message.chipId);
                if (message.bootEpoch != null && $Object.hasOwnProperty.call(message, "bootEpoch") && message.bootEpoch !== 0)
                    writer.uint32(16).uint32(message.bootEpoch);
                if (message.clientNonce != null && $Object.hasOwnProperty.call(message, "clientNonce") && message.clientNonce.length)
                    writer.uint32(26).bytes(message.clientNonce);
                if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey") && message.ephemeralKey.length)
                    writer.uint32(34).bytes(message.ephemeralKey);
                if (message.versions != null && message.versions.length)
                    writer.uint32(42).uint32s(message.versions);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chipId = value;
                            else
                                delete message.chipId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bootEpoch = value;
                            else
                                delete message.bootEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.clientNonce = value;
                            else
                                delete message.clientNonce;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ephemeralKey = value;
                            else
                                delete message.ephemeralKey;
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.versions && message.versions.length))
                                    message.versions = [];
                                reader.uint32s(message.versions);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.versions && message.versions.length))
                                message.versions = [];
                            message.versions.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Hello();
                if (object.chipId != null)
                    if (typeof object.chipId !== "string" || object.chipId.length)
                        message.chipId = $String(object.chipId);
                if (object.bootEpoch != null)
                    if ($Number(object.bootEpoch) !== 0)
                        message.bootEpoch = object.bootEpoch >>> 0;
                if (object.clientNonce != null)
                    if (object.clientNonce.length)
                        if (typeof object.clientNonce === "string")
                            $util.base64.decode(object.clientNonce, message.clientNonce = $util.newBuffer($util.base64.length(object.clientNonce)), 0);
                        else if (object.clientNonce.length >= 0)
                            message.clientNonce = object.clientNonce;
                if (object.ephemeralKey != null)
                    if (object.ephemeralKey.length)
                        if (typeof object.ephemeralKey === "string")
                            $util.base64.decode(object.ephemeralKey, message.ephemeralKey = $util.newBuffer($util.base64.length(object.ephemeralKey)), 0);
                        else if (object.ephemeralKey.length >= 0)
                            message.ephemeralKey = object.ephemeralKey;
                if (object.versions) {
                    if (!$Array.isArray(object.versions))
                        throw $TypeError(".weldcode.v1.Hello.versions: array expected");
                    message.versions = $Array(object.versions.length);
                    for (let i = 0; i < object.versions.length; ++i)
                        message.versions[i] = object.versions[i] >>> 0;
                }
                return message;
            };

            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.versions = [];
                if (options.defaults) {
                    object.chipId = "";
                    object.bootEpoch = 0;
                    if (options.bytes === $String)
                        object.clientNonce = "";
                    else {
                        object.clientNonce = [];
                        if (options.bytes !== $Array)
                            object.clientNonce = $util.newBuffer(object.clientNonce);
                    }
                    if (options.bytes === $String)
                        object.ephemeralKey = "";
                    else {
                        object.ephemeralKey = [];
                        if (options.bytes !== $Array)
                            object.ephemeralKey = $util.newBuffer(object.ephemeralKey);
                    }
                }
                if (message.chipId != null && $Object.hasOwnProperty.call(message, "chipId"))
                    object.chipId = message.chipId;
                if (message.bootEpoch != null && $Object.hasOwnProperty.call(message, "bootEpoch"))
                    object.bootEpoch = message.bootEpoch;
                if (message.clientNonce != null && $Object.hasOwnProperty.call(message, "clientNonce"))
                    object.clientNonce = options.bytes === $String ? $util.base64.encode(message.clientNonce, 0, message.clientNonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.clientNonce) : message.clientNonce;
                if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey"))
                    object.ephemeralKey = options.bytes === $String ? $util.base64.encode(message.ephemeralKey, 0, message.ephemeralKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ephemeralKey) : message.ephemeralKey;
                if (message.versions && message.versions.length) {
                    object.versions = $Array(message.versions.length);
                    for (let j = 0; j < message.versions.length; ++j)
                        object.versions[j] = message.versions[j];
                }
                return object;
            };

            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Hello;
        })();

        v1.Challenge = (function() {

            const Challenge = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Challenge.prototype.serverNonce = $util.newBuffer([]);
            Challenge.prototype.ephemeralKey = $util.newBuffer([]);
            Challenge.prototype.platformTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Challenge.prototype.version = 0;
            Challenge.prototype.platformKeyId = $util.newBuffer([]);
            Challenge.prototype.signature = $util.newBuffer([]);

            Challenge.create = function(properties) {
                return new Challenge(properties);
            };

            Challenge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.serverNonce != null && $Object.hasOwnProperty.call(message, "serverNonce") && message.serverNonce.length)
                    writer.uint32(10).bytes(message.serverNonce);
                if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey") && message.ephemeralKey.length)
                    writer.uint32(18).bytes(message.ephemeralKey);
                if (message.platformTimeMs != null && $Object.hasOwnProperty.call(message, "platformTimeMs") && (typeof message.platformTimeMs === "object" ? message.platformTimeMs.low || message.platformTimeMs.high : message.platformTimeMs !== 0))
                    writer.uint32(25).fixed64(message.platformTimeMs);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(32).uint32(message.version);
                if (message.platformKeyId != null && $Object.hasOwnProperty.call(message, "platformKeyId") && message.platformKeyId.length)
                    writer.uint32(42).bytes(message.platformKeyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(50).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Challenge.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Challenge();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.serverNonce = value;
                            else
                                delete message.serverNonce;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ephemeralKey = value;
                            else
                                delete message.ephemeralKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.platformTimeMs = value;
                            else
                                delete message.platformTimeMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.platformKeyId = value;
                            else
                                delete message.platformKeyId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Challenge.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Challenge)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Challenge: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Challenge();
                if (object.serverNonce != null)
                    if (object.serverNonce.length)
                        if (typeof object.serverNonce === "string")
                            $util.base64.decode(object.serverNonce, message.serverNonce = $util.newBuffer($util.base64.length(object.serverNonce)), 0);
                        else if (object.serverNonce.length >= 0)
                            message.serverNonce = object.serverNonce;
                if (object.ephemeralKey != null)
                    if (object.ephemeralKey.length)
                        if (typeof object.ephemeralKey === "string")
                            $util.base64.decode(object.ephemeralKey, message.ephemeralKey = $util.newBuffer($util.base64.length(object.ephemeralKey)), 0);
                        else if (object.ephemeralKey.length >= 0)
                            message.ephemeralKey = object.ephemeralKey;
                if (object.platformTimeMs != null)
                    if (typeof object.platformTimeMs === "object" ? object.platformTimeMs.low || object.platformTimeMs.high : $Number(object.platformTimeMs) !== 0)
                        if ($util.Long)
                            message.platformTimeMs = $util.Long.fromValue(object.platformTimeMs, true);
                        else if (typeof object.platformTimeMs === "string")
                            message.platformTimeMs = $parseInt(object.platformTimeMs, 10);
                        else if (typeof object.platformTimeMs === "number")
                            message.platformTimeMs = object.platformTimeMs;
                        else if (typeof object.platformTimeMs === "object")
                            message.platformTimeMs = new $util.LongBits(object.platformTimeMs.low >>> 0, object.platformTimeMs.high >>> 0).toNumber(true);
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.platformKeyId != null)
                    if (object.platformKeyId.length)
                        if (typeof object.platformKeyId === "string")
                            $util.base64.decode(object.platformKeyId, message.platformKeyId = $util.newBuffer($util.base64.length(object.platformKeyId)), 0);
                        else if (object.platformKeyId.length >= 0)
                            message.platformKeyId = object.platformKeyId;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            Challenge.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.serverNonce = "";
                    else {
                        object.serverNonce = [];
                        if (options.bytes !== $Array)
                            object.serverNonce = $util.newBuffer(object.serverNonce);
                    }
                    if (options.bytes === $String)
                        object.ephemeralKey = "";
                    else {
                        object.ephemeralKey = [];
                        if (options.bytes !== $Array)
                            object.ephemeralKey = $util.newBuffer(object.ephemeralKey);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.platformTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.platformTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.version = 0;
                    if (options.bytes === $String)
                        object.platformKeyId = "";
                    else {
                        object.platformKeyId = [];
                        if (options.bytes !== $Array)
                            object.platformKeyId = $util.newBuffer(object.platformKeyId);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.serverNonce != null && $Object.hasOwnProperty.call(message, "serverNonce"))
                    object.serverNonce = options.bytes === $String ? $util.base64.encode(message.serverNonce, 0, message.serverNonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.serverNonce) : message.serverNonce;
                if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey"))
                    object.ephemeralKey = options.bytes === $String ? $util.base64.encode(message.ephemeralKey, 0, message.ephemeralKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ephemeralKey) : message.ephemeralKey;
                if (message.platformTimeMs != null && $Object.hasOwnProperty.call(message, "platformTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.platformTimeMs = typeof message.platformTimeMs === "number" ? $BigInt(message.platformTimeMs) : $util.Long.fromBits(message.platformTimeMs.low >>> 0, message.platformTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.platformTimeMs === "number")
                        object.platformTimeMs = options.longs === $String ? $String(message.platformTimeMs) : message.platformTimeMs;
                    else
                        object.platformTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.platformTimeMs) : options.longs === $Number ? new $util.LongBits(message.platformTimeMs.low >>> 0, message.platformTimeMs.high >>> 0).toNumber(true) : message.platformTimeMs;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.platformKeyId != null && $Object.hasOwnProperty.call(message, "platformKeyId"))
                    object.platformKeyId = options.bytes === $String ? $util.base64.encode(message.platformKeyId, 0, message.platformKeyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.platformKeyId) : message.platformKeyId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            Challenge.prototype.toJSON = function() {
                return Challenge.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Challenge;
        })();

        v1.AuthResponse = (function() {

            const AuthResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AuthResponse.prototype.signature = $util.newBuffer([]);

            AuthResponse.create = function(properties) {
                return new AuthResponse(properties);
            };

            AuthResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(10).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AuthResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.AuthResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AuthResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.AuthResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.AuthResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.AuthResponse();
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            AuthResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            AuthResponse.prototype.toJSON = function() {
                return AuthResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AuthResponse;
        })();

        v1.AuthStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "AUTH_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "AUTH_STATUS_OK"] = 1;
            values[valuesById[2] = "AUTH_STATUS_UNKNOWN_CHIP"] = 2;
            values[valuesById[3] = "AUTH_STATUS_BAD_SIGNATURE"] = 3;
            values[valuesById[4] = "AUTH_STATUS_STALE_EPOCH"] = 4;
            values[valuesById[5] = "AUTH_STATUS_VERSION_UNSUPPORTED"] = 5;
            values[valuesById[6] = "AUTH_STATUS_DUPLICATE_SESSION"] = 6;
            return values;
        })();

        v1.AuthResult = (function() {

            const AuthResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AuthResult.prototype.status = 0;
            AuthResult.prototype.ackedEpoch = 0;
            AuthResult.prototype.ackedSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AuthResult.prototype.retryAfterMs = 0;

            AuthResult.create = function(properties) {
                return new AuthResult(properties);
            };

            AuthResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(8).int32(message.status);
                if (message.ackedEpoch != null && $Object.hasOwnProperty.call(message, "ackedEpoch") && message.ackedEpoch !== 0)
                    writer.uint32(16).uint32(message.ackedEpoch);
                if (message.ackedSeq != null && $Object.hasOwnProperty.call(message, "ackedSeq") && (typeof message.ackedSeq === "object" ? message.ackedSeq.low || message.ackedSeq.high : message.ackedSeq !== 0))
                    writer.uint32(24).uint64(message.ackedSeq);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(32).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AuthResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.AuthResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ackedEpoch = value;
                            else
                                delete message.ackedEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ackedSeq = value;
                            else
                                delete message.ackedSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AuthResult.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.AuthResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.AuthResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.AuthResult();
                if (object.status !== 0 && (typeof object.status !== "string" || $root.weldcode.v1.AuthStatus[object.status] !== 0))
                    switch (object.status) {
                    case "AUTH_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "AUTH_STATUS_OK":
                    case 1:
                        message.status = 1;
                        break;
                    case "AUTH_STATUS_UNKNOWN_CHIP":
                    case 2:
                        message.status = 2;
                        break;
                    case "AUTH_STATUS_BAD_SIGNATURE":
                    case 3:
                        message.status = 3;
                        break;
                    case "AUTH_STATUS_STALE_EPOCH":
                    case 4:
                        message.status = 4;
                        break;
                    case "AUTH_STATUS_VERSION_UNSUPPORTED":
                    case 5:
                        message.status = 5;
                        break;
                    case "AUTH_STATUS_DUPLICATE_SESSION":
                    case 6:
                        message.status = 6;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.ackedEpoch != null)
                    if ($Number(object.ackedEpoch) !== 0)
                        message.ackedEpoch = object.ackedEpoch >>> 0;
                if (object.ackedSeq != null)
                    if (typeof object.ackedSeq === "object" ? object.ackedSeq.low || object.ackedSeq.high : $Number(object.ackedSeq) !== 0)
                        if ($util.Long)
                            message.ackedSeq = $util.Long.fromValue(object.ackedSeq, true);
                        else if (typeof object.ackedSeq === "string")
                            message.ackedSeq = $parseInt(object.ackedSeq, 10);
                        else if (typeof object.ackedSeq === "number")
                            message.ackedSeq = object.ackedSeq;
                        else if (typeof object.ackedSeq === "object")
                            message.ackedSeq = new $util.LongBits(object.ackedSeq.low >>> 0, object.ackedSeq.high >>> 0).toNumber(true);
                if (object.retryAfterMs != null)
                    if ($Number(object.retryAfterMs) !== 0)
                        message.retryAfterMs = object.retryAfterMs >>> 0;
                return message;
            };

            AuthResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.status = options.enums === $String ? "AUTH_STATUS_UNSPECIFIED" : 0;
                    object.ackedEpoch = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.ackedSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ackedSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.retryAfterMs = 0;
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.weldcode.v1.AuthStatus[message.status] === $undefined ? message.status : $root.weldcode.v1.AuthStatus[message.status] : message.status;
                if (message.ackedEpoch != null && $Object.hasOwnProperty.call(message, "ackedEpoch"))
                    object.ackedEpoch = message.ackedEpoch;
                if (message.ackedSeq != null && $Object.hasOwnProperty.call(message, "ackedSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ackedSeq = typeof message.ackedSeq === "number" ? $BigInt(message.ackedSeq) : $util.Long.fromBits(message.ackedSeq.low >>> 0, message.ackedSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.ackedSeq === "number")
                        object.ackedSeq = options.longs === $String ? $String(message.ackedSeq) : message.ackedSeq;
                    else
                        object.ackedSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.ackedSeq) : options.longs === $Number ? new $util.LongBits(message.ackedSeq.low >>> 0, message.ackedSeq.high >>> 0).toNumber(true) : message.ackedSeq;
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                return object;
            };

            AuthResult.prototype.toJSON = function() {
                return AuthResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AuthResult;
        })();

        v1.Telemetry = (function() {

            const Telemetry = function (properties) {
                this.currentDa = [];
                this.voltageDv = [];
                this.temperatureC = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Telemetry.prototype.startS = 0;
            Telemetry.prototype.intervalMs = 0;
            Telemetry.prototype.currentDa = $util.emptyArray;
            Telemetry.prototype.voltageDv = $util.emptyArray;
            Telemetry.prototype.temperatureC = $util.emptyArray;
            Telemetry.prototype.states = 0;

            Telemetry.create = function(properties) {
                return new Telemetry(properties);
            };

            Telemetry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.startS != null && $Object.hasOwnProperty.call(message, "startS") && message.startS !== 0)
                    writer.uint32(13).fixed32(message.startS);
                if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs") && message.intervalMs !== 0)
                    writer.uint32(16).uint32(message.intervalMs);
                if (message.currentDa != null && message.currentDa.length)
                    writer.uint32(26).sint32s(message.currentDa);
                if (message.voltageDv != null && message.voltageDv.length)
                    writer.uint32(34).sint32s(message.voltageDv);
                if (message.temperatureC != null && message.temperatureC.length)
                    writer.uint32(42).sint32s(message.temperatureC);
                if (message.states != null && $Object.hasOwnProperty.call(message, "states") && message.states !== 0)
                    writer.uint32(48).uint32(message.states);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Telemetry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Telemetry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.startS = value;
                            else
                                delete message.startS;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.intervalMs = value;
                            else
                                delete message.intervalMs;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.currentDa && message.currentDa.length))
                                    message.currentDa = [];
                                reader.sint32s(message.currentDa);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.currentDa && message.currentDa.length))
                                message.currentDa = [];
                            message.currentDa.push(reader.sint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.voltageDv && message.voltageDv.length))
                                    message.voltageDv = [];
                                reader.sint32s(message.voltageDv);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.voltageDv && message.voltageDv.length))
                                message.voltageDv = [];
                            message.voltageDv.push(reader.sint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.temperatureC && message.temperatureC.length))
                                    message.temperatureC = [];
                                reader.sint32s(message.temperatureC);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.temperatureC && message.temperatureC.length))
                                message.temperatureC = [];
                            message.temperatureC.push(reader.sint32());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.states = value;
                            else
                                delete message.states;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Telemetry.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Telemetry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Telemetry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Telemetry();
                if (object.startS != null)
                    if ($Number(object.startS) !== 0)
                        message.startS = object.startS >>> 0;
                if (object.intervalMs != null)
                    if ($Number(object.intervalMs) !== 0)
                        message.intervalMs = object.intervalMs >>> 0;
                if (object.currentDa) {
                    if (!$Array.isArray(object.currentDa))
                        throw $TypeError(".weldcode.v1.Telemetry.currentDa: array expected");
                    message.currentDa = $Array(object.currentDa.length);
                    for (let i = 0; i < object.currentDa.length; ++i)
                        message.currentDa[i] = object.currentDa[i] | 0;
                }
                if (object.voltageDv) {
                    if (!$Array.isArray(object.voltageDv))
                        throw $TypeError(".weldcode.v1.Telemetry.voltageDv: array expected");
                    message.voltageDv = $Array(object.voltageDv.length);
                    for (let i = 0; i < object.voltageDv.length; ++i)
                        message.voltageDv[i] = object.voltageDv[i] | 0;
                }
                if (object.temperatureC) {
                    if (!$Array.isArray(object.temperatureC))
                        throw $TypeError(".weldcode.v1.Telemetry.temperatureC: array expected");
                    message.temperatureC = $Array(object.temperatureC.length);
                    for (let i = 0; i < object.temperatureC.length; ++i)
                        message.temperatureC[i] = object.temperatureC[i] | 0;
                }
                if (object.states != null)
                    if ($Number(object.states) !== 0)
                        message.states = object.states >>> 0;
                return message;
            };

            Telemetry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.currentDa = [];
                    object.voltageDv = [];
                    object.temperatureC = [];
                }
                if (options.defaults) {
                    object.startS = 0;
                    object.intervalMs = 0;
                    object.states = 0;
                }
                if (message.startS != null && $Object.hasOwnProperty.call(message, "startS"))
                    object.startS = message.startS;
                if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs"))
                    object.intervalMs = message.intervalMs;
                if (message.currentDa && message.currentDa.length) {
                    object.currentDa = $Array(message.currentDa.length);
                    for (let j = 0; j < message.currentDa.length; ++j)
                        object.currentDa[j] = message.currentDa[j];
                }
                if (message.voltageDv && message.voltageDv.length) {
                    object.voltageDv = $Array(message.voltageDv.length);
                    for (let j = 0; j < message.voltageDv.length; ++j)
                        object.voltageDv[j] = message.voltageDv[j];
                }
                if (message.temperatureC && message.temperatureC.length) {
                    object.temperatureC = $Array(message.temperatureC.length);
                    for (let j = 0; j < message.temperatureC.length; ++j)
                        object.temperatureC[j] = message.temperatureC[j];
                }
                if (message.states != null && $Object.hasOwnProperty.call(message, "states"))
                    object.states = message.states;
                return object;
            };

            Telemetry.prototype.toJSON = function() {
                return Telemetry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Telemetry;
        })();

        v1.LocationSource = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOCATION_SOURCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOCATION_SOURCE_GNSS"] = 1;
            values[valuesById[2] = "LOCATION_SOURCE_CELL"] = 2;
            values[valuesById[3] = "LOCATION_SOURCE_WIFI"] = 3;
            return values;
        })();

        v1.CellId = (function() {

            const CellId = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CellId.prototype.mcc = 0;
            CellId.prototype.mnc = 0;
            CellId.prototype.tac = 0;
            CellId.prototype.cellId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            CellId.prototype.rssiDbm = 0;

            CellId.create = function(properties) {
                return new CellId(properties);
            };

            CellId.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mcc != null && $Object.hasOwnProperty.call(message, "mcc") && message.mcc !== 0)
                    writer.uint32(8).uint32(message.mcc);
                if (message.mnc != null && $Object.hasOwnProperty.call(message, "mnc") && message.mnc !== 0)
                    writer.uint32(16).uint32(message.mnc);
                if (message.tac != null && $Object.hasOwnProperty.call(message, "tac") && message.tac !== 0)
                    writer.uint32(24).uint32(message.tac);
                if (message.cellId != null && $Object.hasOwnProperty.call(message, "cellId") && (typeof message.cellId === "object" ? message.cellId.low || message.cellId.high : message.cellId !== 0))
                    writer.uint32(32).uint64(message.cellId);
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm") && message.rssiDbm !== 0)
                    writer.uint32(40).sint32(message.rssiDbm);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CellId.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.CellId();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mcc = value;
                            else
                                delete message.mcc;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mnc = value;
                            else
                                delete message.mnc;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tac = value;
                            else
                                delete message.tac;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cellId = value;
                            else
                                delete message.cellId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.rssiDbm = value;
                            else
                                delete message.rssiDbm;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CellId.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.CellId)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.CellId: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.CellId();
                if (object.mcc != null)
                    if ($Number(object.mcc) !== 0)
                        message.mcc = object.mcc >>> 0;
                if (object.mnc != null)
                    if ($Number(object.mnc) !== 0)
                        message.mnc = object.mnc >>> 0;
                if (object.tac != null)
                    if ($Number(object.tac) !== 0)
                        message.tac = object.tac >>> 0;
                if (object.cellId != null)
                    if (typeof object.cellId === "object" ? object.cellId.low || object.cellId.high : $Number(object.cellId) !== 0)
                        if ($util.Long)
                            message.cellId = $util.Long.fromValue(object.cellId, true);
                        else if (typeof object.cellId === "string")
                            message.cellId = $parseInt(object.cellId, 10);
                        else if (typeof object.cellId === "number")
                            message.cellId = object.cellId;
                        else if (typeof object.cellId === "object")
                            message.cellId = new $util.LongBits(object.cellId.low >>> 0, object.cellId.high >>> 0).toNumber(true);
                if (object.rssiDbm != null)
                    if ($Number(object.rssiDbm) !== 0)
                        message.rssiDbm = object.rssiDbm | 0;
                return message;
            };

            CellId.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.mcc = 0;
                    object.mnc = 0;
                    object.tac = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cellId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cellId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.rssiDbm = 0;
                }
                if (message.mcc != null && $Object.hasOwnProperty.call(message, "mcc"))
                    object.mcc = message.mcc;
                if (message.mnc != null && $Object.hasOwnProperty.call(message, "mnc"))
                    object.mnc = message.mnc;
                if (message.tac != null && $Object.hasOwnProperty.call(message, "tac"))
                    object.tac = message.tac;
                if (message.cellId != null && $Object.hasOwnProperty.call(message, "cellId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cellId = typeof message.cellId === "number" ? $BigInt(message.cellId) : $util.Long.fromBits(message.cellId.low >>> 0, message.cellId.high >>> 0, true).toBigInt();
                    else if (typeof message.cellId === "number")
                        object.cellId = options.longs === $String ? $String(message.cellId) : message.cellId;
                    else
                        object.cellId = options.longs === $String ? $util.Long.prototype.toString.call(message.cellId) : options.longs === $Number ? new $util.LongBits(message.cellId.low >>> 0, message.cellId.high >>> 0).toNumber(true) : message.cellId;
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm"))
                    object.rssiDbm = message.rssiDbm;
                return object;
            };

            CellId.prototype.toJSON = function() {
                return CellId.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CellId;
        })();

        v1.Location = (function() {

            const Location = function (properties) {
                this.cells = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Location.prototype.timeS = 0;
            Location.prototype.latE7 = 0;
            Location.prototype.lonE7 = 0;
            Location.prototype.accuracyM = 0;
            Location.prototype.source = 0;
            Location.prototype.cells = $util.emptyArray;
            Location.prototype.altitudeM = 0;

            Location.create = function(properties) {
                return new Location(properties);
            };

            Location.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS") && message.timeS !== 0)
                    writer.uint32(13).fixed32(message.timeS);
                if (message.latE7 != null && $Object.hasOwnProperty.call(message, "latE7") && message.latE7 !== 0)
                    writer.uint32(21).sfixed32(message.latE7);
                if (message.lonE7 != null && $Object.hasOwnProperty.call(message, "lonE7") && message.lonE7 !== 0)
                    writer.uint32(29).sfixed32(message.lonE7);
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM") && message.accuracyM !== 0)
                    writer.uint32(32).uint32(message.accuracyM);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
                    writer.uint32(40).int32(message.source);
                if (message.cells != null && message.cells.length)
                    for (let i = 0; i < message.cells.length; ++i)
                        $root.weldcode.v1.CellId.encode(message.cells[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.altitudeM != null && $Object.hasOwnProperty.call(message, "altitudeM") && message.altitudeM !== 0)
                    writer.uint32(56).sint32(message.altitudeM);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Location.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Location();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.timeS = value;
                            else
                                delete message.timeS;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.sfixed32())
                                message.latE7 = value;
                            else
                                delete message.latE7;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.sfixed32())
                                message.lonE7 = value;
                            else
                                delete message.lonE7;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.accuracyM = value;
                            else
                                delete message.accuracyM;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.cells && message.cells.length))
                                message.cells = [];
                            message.cells.push($root.weldcode.v1.CellId.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.altitudeM = value;
                            else
                                delete message.altitudeM;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Location.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Location)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Location: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Location();
                if (object.timeS != null)
                    if ($Number(object.timeS) !== 0)
                        message.timeS = object.timeS >>> 0;
                if (object.latE7 != null)
                    if ($Number(object.latE7) !== 0)
                        message.latE7 = object.latE7 | 0;
                if (object.lonE7 != null)
                    if ($Number(object.lonE7) !== 0)
                        message.lonE7 = object.lonE7 | 0;
                if (object.accuracyM != null)
                    if ($Number(object.accuracyM) !== 0)
                        message.accuracyM = object.accuracyM >>> 0;
                if (object.source !== 0 && (typeof object.source !== "string" || $root.weldcode.v1.LocationSource[object.source] !== 0))
                    switch (object.source) {
                    case "LOCATION_SOURCE_UNSPECIFIED":
                    case 0:
                        message.source = 0;
                        break;
                    case "LOCATION_SOURCE_GNSS":
                    case 1:
                        message.source = 1;
                        break;
                    case "LOCATION_SOURCE_CELL":
                    case 2:
                        message.source = 2;
                        break;
                    case "LOCATION_SOURCE_WIFI":
                    case 3:
                        message.source = 3;
                        break;
                    default:
                        if (typeof object.source === "number" && (object.source | 0) === object.source)
                            message.source = object.source;
                    }
                if (object.cells) {
                    if (!$Array.isArray(object.cells))
                        throw $TypeError(".weldcode.v1.Location.cells: array expected");
                    message.cells = $Array(object.cells.length);
                    for (let i = 0; i < object.cells.length; ++i) {
                        if (!$util.isObject(object.cells[i]))
                            throw $TypeError(".weldcode.v1.Location.cells: object expected");
                        message.cells[i] = $root.weldcode.v1.CellId.fromObject(object.cells[i], _depth + 1);
                    }
                }
                if (object.altitudeM != null)
                    if ($Number(object.altitudeM) !== 0)
                        message.altitudeM = object.altitudeM | 0;
                return message;
            };

            Location.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.cells = [];
                if (options.defaults) {
                    object.timeS = 0;
                    object.latE7 = 0;
                    object.lonE7 = 0;
                    object.accuracyM = 0;
                    object.source = options.enums === $String ? "LOCATION_SOURCE_UNSPECIFIED" : 0;
                    object.altitudeM = 0;
                }
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS"))
                    object.timeS = message.timeS;
                if (message.latE7 != null && $Object.hasOwnProperty.call(message, "latE7"))
                    object.latE7 = message.latE7;
                if (message.lonE7 != null && $Object.hasOwnProperty.call(message, "lonE7"))
                    object.lonE7 = message.lonE7;
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM"))
                    object.accuracyM = message.accuracyM;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = options.enums === $String ? $root.weldcode.v1.LocationSource[message.source] === $undefined ? message.source : $root.weldcode.v1.LocationSource[message.source] : message.source;
                if (message.cells && message.cells.length) {
                    object.cells = $Array(message.cells.length);
                    for (let j = 0; j < message.cells.length; ++j)
                        object.cells[j] = $root.weldcode.v1.CellId.toObject(message.cells[j], options, _depth + 1);
                }
                if (message.altitudeM != null && $Object.hasOwnProperty.call(message, "altitudeM"))
                    object.altitudeM = message.altitudeM;
                return object;
            };

            Location.prototype.toJSON = function() {
                return Location.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Location;
        })();

        v1.Heartbeat = (function() {

            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Heartbeat.prototype.timeS = 0;
            Heartbeat.prototype.uptimeS = 0;
            Heartbeat.prototype.rssiDbm = 0;
            Heartbeat.prototype.buffered = 0;
            Heartbeat.prototype.logSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Heartbeat.prototype.logHead = $util.newBuffer([]);

            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS") && message.timeS !== 0)
                    writer.uint32(13).fixed32(message.timeS);
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS") && message.uptimeS !== 0)
                    writer.uint32(16).uint32(message.uptimeS);
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm") && message.rssiDbm !== 0)
                    writer.uint32(24).sint32(message.rssiDbm);
                if (message.buffered != null && $Object.hasOwnProperty.call(message, "buffered") && message.buffered !== 0)
                    writer.uint32(32).uint32(message.buffered);
                if (message.logSeq != null && $Object.hasOwnProperty.call(message, "logSeq") && (typeof message.logSeq === "object" ? message.logSeq.low || message.logSeq.high : message.logSeq !== 0))
                    writer.uint32(40).uint64(message.logSeq);
                if (message.logHead != null && $Object.hasOwnProperty.call(message, "logHead") && message.logHead.length)
                    writer.uint32(50).bytes(message.logHead);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.timeS = value;
                            else
                                delete message.timeS;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.uptimeS = value;
                            else
                                delete message.uptimeS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.rssiDbm = value;
                            else
                                delete message.rssiDbm;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.buffered = value;
                            else
                                delete message.buffered;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.logSeq = value;
                            else
                                delete message.logSeq;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.logHead = value;
                            else
                                delete message.logHead;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Heartbeat();
                if (object.timeS != null)
                    if ($Number(object.timeS) !== 0)
                        message.timeS = object.timeS >>> 0;
                if (object.uptimeS != null)
                    if ($Number(object.uptimeS) !== 0)
                        message.uptimeS = object.uptimeS >>> 0;
                if (object.rssiDbm != null)
                    if ($Number(object.rssiDbm) !== 0)
                        message.rssiDbm = object.rssiDbm | 0;
                if (object.buffered != null)
                    if ($Number(object.buffered) !== 0)
                        message.buffered = object.buffered >>> 0;
                if (object.logSeq != null)
                    if (typeof object.logSeq === "object" ? object.logSeq.low || object.logSeq.high : $Number(object.logSeq) !== 0)
                        if ($util.Long)
                            message.logSeq = $util.Long.fromValue(object.logSeq, true);
                        else if (typeof object.logSeq === "string")
                            message.logSeq = $parseInt(object.logSeq, 10);
                        else if (typeof object.logSeq === "number")
                            message.logSeq = object.logSeq;
                        else if (typeof object.logSeq === "object")
                            message.logSeq = new $util.LongBits(object.logSeq.low >>> 0, object.logSeq.high >>> 0).toNumber(true);
                if (object.logHead != null)
                    if (object.logHead.length)
                        if (typeof object.logHead === "string")
                            $util.base64.decode(object.logHead, message.logHead = $util.newBuffer($util.base64.length(object.logHead)), 0);
                        else if (object.logHead.length >= 0)
                            message.logHead = object.logHead;
                return message;
            };

            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timeS = 0;
                    object.uptimeS = 0;
                    object.rssiDbm = 0;
                    object.buffered = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.logSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.logSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.logHead = "";
                    else {
                        object.logHead = [];
                        if (options.bytes !== $Array)
                            object.logHead = $util.newBuffer(object.logHead);
                    }
                }
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS"))
                    object.timeS = message.timeS;
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                    object.uptimeS = message.uptimeS;
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm"))
                    object.rssiDbm = message.rssiDbm;
                if (message.buffered != null && $Object.hasOwnProperty.call(message, "buffered"))
                    object.buffered = message.buffered;
                if (message.logSeq != null && $Object.hasOwnProperty.call(message, "logSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.logSeq = typeof message.logSeq === "number" ? $BigInt(message.logSeq) : $util.Long.fromBits(message.logSeq.low >>> 0, message.logSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.logSeq === "number")
                        object.logSeq = options.longs === $String ? $String(message.logSeq) : message.logSeq;
                    else
                        object.logSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.logSeq) : options.longs === $Number ? new $util.LongBits(message.logSeq.low >>> 0, message.logSeq.high >>> 0).toNumber(true) : message.logSeq;
                if (message.logHead != null && $Object.hasOwnProperty.call(message, "logHead"))
                    object.logHead = options.bytes === $String ? $util.base64.encode(message.logHead, 0, message.logHead.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.logHead) : message.logHead;
                return object;
            };

            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Heartbeat;
        })();

        v1.AlarmKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ALARM_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ALARM_KIND_ENCLOSURE_OPENED"] = 1;
            values[valuesById[2] = "ALARM_KIND_CHIP_REMOVED"] = 2;
            values[valuesById[3] = "ALARM_KIND_RELAY_BYPASSED"] = 3;
            values[valuesById[4] = "ALARM_KIND_MAIN_POWER_LOST"] = 4;
            values[valuesById[5] = "ALARM_KIND_ARC_WITHOUT_GRANT"] = 5;
            values[valuesById[6] = "ALARM_KIND_GEOFENCE_EXIT"] = 6;
            values[valuesById[7] = "ALARM_KIND_OVER_TEMPERATURE"] = 7;
            values[valuesById[8] = "ALARM_KIND_GAS_DETECTED"] = 8;
            return values;
        })();

        v1.Alarm = (function() {

            const Alarm = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Alarm.prototype.kind = 0;
            Alarm.prototype.timeS = 0;
            Alarm.prototype.cleared = false;
            Alarm.prototype.value = 0;

            Alarm.create = function(properties) {
                return new Alarm(properties);
            };

            Alarm.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(8).int32(message.kind);
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS") && message.timeS !== 0)
                    writer.uint32(21).fixed32(message.timeS);
                if (message.cleared != null && $Object.hasOwnProperty.call(message, "cleared") && message.cleared !== false)
                    writer.uint32(24).bool(message.cleared);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(32).sint32(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Alarm.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Alarm();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.timeS = value;
                            else
                                delete message.timeS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.cleared = value;
                            else
                                delete message.cleared;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Alarm.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Alarm)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Alarm: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Alarm();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.weldcode.v1.AlarmKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "ALARM_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "ALARM_KIND_ENCLOSURE_OPENED":
                    case 1:
                        message.kind = 1;
                        break;
                    case "ALARM_KIND_CHIP_REMOVED":
                    case 2:
                        message.kind = 2;
                        break;
                    case "ALARM_KIND_RELAY_BYPASSED":
                    case 3:
                        message.kind = 3;
                        break;
                    case "ALARM_KIND_MAIN_POWER_LOST":
                    case 4:
                        message.kind = 4;
                        break;
                    case "ALARM_KIND_ARC_WITHOUT_GRANT":
                    case 5:
                        message.kind = 5;
                        break;
                    case "ALARM_KIND_GEOFENCE_EXIT":
                    case 6:
                        message.kind = 6;
                        break;
                    case "ALARM_KIND_OVER_TEMPERATURE":
                    case 7:
                        message.kind = 7;
                        break;
                    case "ALARM_KIND_GAS_DETECTED":
                    case 8:
                        message.kind = 8;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.timeS != null)
                    if ($Number(object.timeS) !== 0)
                        message.timeS = object.timeS >>> 0;
                if (object.cleared != null)
                    if (object.cleared)
                        message.cleared = $Boolean(object.cleared);
                if (object.value != null)
                    if ($Number(object.value) !== 0)
                        message.value = object.value | 0;
                return message;
            };

            Alarm.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "ALARM_KIND_UNSPECIFIED" : 0;
                    object.timeS = 0;
                    object.cleared = false;
                    object.value = 0;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.weldcode.v1.AlarmKind[message.kind] === $undefined ? message.kind : $root.weldcode.v1.AlarmKind[message.kind] : message.kind;
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS"))
                    object.timeS = message.timeS;
                if (message.cleared != null && $Object.hasOwnProperty.call(message, "cleared"))
                    object.cleared = message.cleared;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            Alarm.prototype.toJSON = function() {
                return Alarm.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Alarm;
        })();

        v1.EventKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EVENT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "EVENT_KIND_BOOT"] = 1;
            values[valuesById[2] = "EVENT_KIND_RELAY_CLOSED"] = 2;
            values[valuesById[3] = "EVENT_KIND_RELAY_OPENED"] = 3;
            values[valuesById[4] = "EVENT_KIND_GRANT_ACCEPTED"] = 4;
            values[valuesById[5] = "EVENT_KIND_GRANT_REJECTED"] = 5;
            values[valuesById[6] = "EVENT_KIND_GRANT_EXPIRED"] = 6;
            values[valuesById[7] = "EVENT_KIND_GRANT_REVOKED"] = 7;
            values[valuesById[8] = "EVENT_KIND_GRANT_EXTENDED"] = 8;
            values[valuesById[9] = "EVENT_KIND_LOCKED"] = 9;
            values[valuesById[10] = "EVENT_KIND_UNLOCKED"] = 10;
            values[valuesById[11] = "EVENT_KIND_CONFIG_APPLIED"] = 11;
            values[valuesById[12] = "EVENT_KIND_GEOFENCE_APPLIED"] = 12;
            values[valuesById[13] = "EVENT_KIND_ARC_STARTED"] = 13;
            values[valuesById[14] = "EVENT_KIND_ARC_ENDED"] = 14;
            values[valuesById[15] = "EVENT_KIND_TIME_SYNCED"] = 15;
            values[valuesById[16] = "EVENT_KIND_MAX_DURATION_REACHED"] = 16;
            return values;
        })();

        v1.Event = (function() {

            const Event = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Event.prototype.kind = 0;
            Event.prototype.timeS = 0;
            Event.prototype.grantId = $util.newBuffer([]);
            Event.prototype.reason = "";
            Event.prototype.value = 0;

            Event.create = function(properties) {
                return new Event(properties);
            };

            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(8).int32(message.kind);
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS") && message.timeS !== 0)
                    writer.uint32(21).fixed32(message.timeS);
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId") && message.grantId.length)
                    writer.uint32(26).bytes(message.grantId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(34).string(message.reason);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(40).uint32(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.timeS = value;
                            else
                                delete message.timeS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.grantId = value;
                            else
                                delete message.grantId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Event();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.weldcode.v1.EventKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "EVENT_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "EVENT_KIND_BOOT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "EVENT_KIND_RELAY_CLOSED":
                    case 2:
                        message.kind = 2;
                        break;
                    case "EVENT_KIND_RELAY_OPENED":
                    case 3:
                        message.kind = 3;
                        break;
                    case "EVENT_KIND_GRANT_ACCEPTED":
                    case 4:
                        message.kind = 4;
                        break;
                    case "EVENT_KIND_GRANT_REJECTED":
                    case 5:
                        message.kind = 5;
                        break;
                    case "EVENT_KIND_GRANT_EXPIRED":
                    case 6:
                        message.kind = 6;
                        break;
                    case "EVENT_KIND_GRANT_REVOKED":
                    case 7:
                        message.kind = 7;
                        break;
                    case "EVENT_KIND_GRANT_EXTENDED":
                    case 8:
                        message.kind = 8;
                        break;
                    case "EVENT_KIND_LOCKED":
                    case 9:
                        message.kind = 9;
                        break;
                    case "EVENT_KIND_UNLOCKED":
                    case 10:
                        message.kind = 10;
                        break;
                    case "EVENT_KIND_CONFIG_APPLIED":
                    case 11:
                        message.kind = 11;
                        break;
                    case "EVENT_KIND_GEOFENCE_APPLIED":
                    case 12:
                        message.kind = 12;
                        break;
                    case "EVENT_KIND_ARC_STARTED":
                    case 13:
                        message.kind = 13;
                        break;
                    case "EVENT_KIND_ARC_ENDED":
                    case 14:
                        message.kind = 14;
                        break;
                    case "EVENT_KIND_TIME_SYNCED":
                    case 15:
                        message.kind = 15;
                        break;
                    case "EVENT_KIND_MAX_DURATION_REACHED":
                    case 16:
                        message.kind = 16;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.timeS != null)
                    if ($Number(object.timeS) !== 0)
                        message.timeS = object.timeS >>> 0;
                if (object.grantId != null)
                    if (object.grantId.length)
                        if (typeof object.grantId === "string")
                            $util.base64.decode(object.grantId, message.grantId = $util.newBuffer($util.base64.length(object.grantId)), 0);
                        else if (object.grantId.length >= 0)
                            message.grantId = object.grantId;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.value != null)
                    if ($Number(object.value) !== 0)
                        message.value = object.value >>> 0;
                return message;
            };

            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "EVENT_KIND_UNSPECIFIED" : 0;
                    object.timeS = 0;
                    if (options.bytes === $String)
                        object.grantId = "";
                    else {
                        object.grantId = [];
                        if (options.bytes !== $Array)
                            object.grantId = $util.newBuffer(object.grantId);
                    }
                    object.reason = "";
                    object.value = 0;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.weldcode.v1.EventKind[message.kind] === $undefined ? message.kind : $root.weldcode.v1.EventKind[message.kind] : message.kind;
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS"))
                    object.timeS = message.timeS;
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId"))
                    object.grantId = options.bytes === $String ? $util.base64.encode(message.grantId, 0, message.grantId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.grantId) : message.grantId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Event;
        })();

        v1.ArcSession = (function() {

            const ArcSession = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ArcSession.prototype.startS = 0;
            ArcSession.prototype.endS = 0;
            ArcSession.prototype.arcS = 0;
            ArcSession.prototype.energyWh = 0;
            ArcSession.prototype.peakCurrentDa = 0;
            ArcSession.prototype.meanCurrentDa = 0;
            ArcSession.prototype.grantId = $util.newBuffer([]);
            ArcSession.prototype.workerId = "";

            ArcSession.create = function(properties) {
                return new ArcSession(properties);
            };

            ArcSession.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.startS != null && $Object.hasOwnProperty.call(message, "startS") && message.startS !== 0)
                    writer.uint32(13).fixed32(message.startS);
                if (message.endS != null && $Object.hasOwnProperty.call(message, "endS") && message.endS !== 0)
                    writer.uint32(21).fixed32(message.endS);
                if (message.arcS != null && $Object.hasOwnProperty.call(message, "arcS") && message.arcS !== 0)
                    writer.uint32(24).uint32(message.arcS);
                if (message.energyWh != null && $Object.hasOwnProperty.call(message, "energyWh") && message.energyWh !== 0)
                    writer.uint32(32).uint32(message.energyWh);
                if (message.peakCurrentDa != null && $Object.hasOwnProperty.call(message, "peakCurrentDa") && message.peakCurrentDa !== 0)
                    writer.uint32(40).uint32(message.peakCurrentDa);
                if (message.meanCurrentDa != null && $Object.hasOwnProperty.call(message, "meanCurrentDa") && message.meanCurrentDa !== 0)
                    writer.uint32(48).uint32(message.meanCurrentDa);
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId") && message.grantId.length)
                    writer.uint32(58).bytes(message.grantId);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(66).string(message.workerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ArcSession.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.ArcSession();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.startS = value;
                            else
                                delete message.startS;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.endS = value;
                            else
                                delete message.endS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.arcS = value;
                            else
                                delete message.arcS;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.energyWh = value;
                            else
                                delete message.energyWh;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.peakCurrentDa = value;
                            else
                                delete message.peakCurrentDa;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.meanCurrentDa = value;
                            else
                                delete message.meanCurrentDa;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.grantId = value;
                            else
                                delete message.grantId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerId = value;
                            else
                                delete message.workerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ArcSession.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.ArcSession)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.ArcSession: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.ArcSession();
                if (object.startS != null)
                    if ($Number(object.startS) !== 0)
                        message.startS = object.startS >>> 0;
                if (object.endS != null)
                    if ($Number(object.endS) !== 0)
                        message.endS = object.endS >>> 0;
                if (object.arcS != null)
                    if ($Number(object.arcS) !== 0)
                        message.arcS = object.arcS >>> 0;
                if (object.energyWh != null)
                    if ($Number(object.energyWh) !== 0)
                        message.energyWh = object.energyWh >>> 0;
                if (object.peakCurrentDa != null)
                    if ($Number(object.peakCurrentDa) !== 0)
                        message.peakCurrentDa = object.peakCurrentDa >>> 0;
                if (object.meanCurrentDa != null)
                    if ($Number(object.meanCurrentDa) !== 0)
                        message.meanCurrentDa = object.meanCurrentDa >>> 0;
                if (object.grantId != null)
                    if (object.grantId.length)
                        if (typeof object.grantId === "string")
                            $util.base64.decode(object.grantId, message.grantId = $util.newBuffer($util.base64.length(object.grantId)), 0);
                        else if (object.grantId.length >= 0)
                            message.grantId = object.grantId;
                if (object.workerId != null)
                    if (typeof object.workerId !== "string" || object.workerId.length)
                        message.workerId = $String(object.workerId);
                return message;
            };

            ArcSession.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.startS = 0;
                    object.endS = 0;
                    object.arcS = 0;
                    object.energyWh = 0;
                    object.peakCurrentDa = 0;
                    object.meanCurrentDa = 0;
                    if (options.bytes === $String)
                        object.grantId = "";
                    else {
                        object.grantId = [];
                        if (options.bytes !== $Array)
                            object.grantId = $util.newBuffer(object.grantId);
                    }
                    object.workerId = "";
                }
                if (message.startS != null && $Object.hasOwnProperty.call(message, "startS"))
                    object.startS = message.startS;
                if (message.endS != null && $Object.hasOwnProperty.call(message, "endS"))
                    object.endS = message.endS;
                if (message.arcS != null && $Object.hasOwnProperty.call(message, "arcS"))
                    object.arcS = message.arcS;
                if (message.energyWh != null && $Object.hasOwnProperty.call(message, "energyWh"))
                    object.energyWh = message.energyWh;
                if (message.peakCurrentDa != null && $Object.hasOwnProperty.call(message, "peakCurrentDa"))
                    object.peakCurrentDa = message.peakCurrentDa;
                if (message.meanCurrentDa != null && $Object.hasOwnProperty.call(message, "meanCurrentDa"))
                    object.meanCurrentDa = message.meanCurrentDa;
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId"))
                    object.grantId = options.bytes === $String ? $util.base64.encode(message.grantId, 0, message.grantId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.grantId) : message.grantId;
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    object.workerId = message.workerId;
                return object;
            };

            ArcSession.prototype.toJSON = function() {
                return ArcSession.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ArcSession;
        })();

        v1.UnlockSource = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNLOCK_SOURCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "UNLOCK_SOURCE_BUTTON"] = 1;
            values[valuesById[2] = "UNLOCK_SOURCE_BLE"] = 2;
            return values;
        })();

        v1.UnlockRequest = (function() {

            const UnlockRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            UnlockRequest.prototype.source = 0;
            UnlockRequest.prototype.workerId = "";
            UnlockRequest.prototype.requestId = $util.newBuffer([]);

            UnlockRequest.create = function(properties) {
                return new UnlockRequest(properties);
            };

            UnlockRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
                    writer.uint32(8).int32(message.source);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(18).string(message.workerId);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId.length)
                    writer.uint32(26).bytes(message.requestId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            UnlockRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.UnlockRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerId = value;
                            else
                                delete message.workerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            UnlockRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.UnlockRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.UnlockRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.UnlockRequest();
                if (object.source !== 0 && (typeof object.source !== "string" || $root.weldcode.v1.UnlockSource[object.source] !== 0))
                    switch (object.source) {
                    case "UNLOCK_SOURCE_UNSPECIFIED":
                    case 0:
                        message.source = 0;
                        break;
                    case "UNLOCK_SOURCE_BUTTON":
                    case 1:
                        message.source = 1;
                        break;
                    case "UNLOCK_SOURCE_BLE":
                    case 2:
                        message.source = 2;
                        break;
                    default:
                        if (typeof object.source === "number" && (object.source | 0) === object.source)
                            message.source = object.source;
                    }
                if (object.workerId != null)
                    if (typeof object.workerId !== "string" || object.workerId.length)
                        message.workerId = $String(object.workerId);
                if (object.requestId != null)
                    if (object.requestId.length)
                        if (typeof object.requestId === "string")
                            $util.base64.decode(object.requestId, message.requestId = $util.newBuffer($util.base64.length(object.requestId)), 0);
                        else if (object.requestId.length >= 0)
                            message.requestId = object.requestId;
                return message;
            };

            UnlockRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.source = options.enums === $String ? "UNLOCK_SOURCE_UNSPECIFIED" : 0;
                    object.workerId = "";
                    if (options.bytes === $String)
                        object.requestId = "";
                    else {
                        object.requestId = [];
                        if (options.bytes !== $Array)
                            object.requestId = $util.newBuffer(object.requestId);
                    }
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = options.enums === $String ? $root.weldcode.v1.UnlockSource[message.source] === $undefined ? message.source : $root.weldcode.v1.UnlockSource[message.source] : message.source;
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    object.workerId = message.workerId;
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = options.bytes === $String ? $util.base64.encode(message.requestId, 0, message.requestId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requestId) : message.requestId;
                return object;
            };

            UnlockRequest.prototype.toJSON = function() {
                return UnlockRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return UnlockRequest;
        })();

        v1.Backfill = (function() {

            const Backfill = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Backfill.prototype.epoch = 0;
            Backfill.prototype.records = $util.emptyArray;

            Backfill.create = function(properties) {
                return new Backfill(properties);
            };

            Backfill.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(8).uint32(message.epoch);
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        writer.uint32(18).bytes(message.records[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Backfill.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Backfill();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.records && message.records.length))
                                message.records = [];
                            message.records.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Backfill.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Backfill)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Backfill: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Backfill();
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.records) {
                    if (!$Array.isArray(object.records))
                        throw $TypeError(".weldcode.v1.Backfill.records: array expected");
                    message.records = $Array(object.records.length);
                    for (let i = 0; i < object.records.length; ++i)
                        if (typeof object.records[i] === "string")
                            $util.base64.decode(object.records[i], message.records[i] = $util.newBuffer($util.base64.length(object.records[i])), 0);
                        else if (object.records[i].length >= 0)
                            message.records[i] = object.records[i];
                }
                return message;
            };

            Backfill.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.records = [];
                if (options.defaults)
                    object.epoch = 0;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.records && message.records.length) {
                    object.records = $Array(message.records.length);
                    for (let j = 0; j < message.records.length; ++j)
                        object.records[j] = options.bytes === $String ? $util.base64.encode(message.records[j], 0, message.records[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.records[j]) : message.records[j];
                }
                return object;
            };

            Backfill.prototype.toJSON = function() {
                return Backfill.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Backfill;
        })();

        v1.Birth = (function() {

            const Birth = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Birth.prototype.firmware = "";
            Birth.prototype.hardware = "";
            Birth.prototype.sensors = 0;
            Birth.prototype.relay = 0;
            Birth.prototype.bufferCapacity = 0;
            Birth.prototype.configVersion = 0;
            Birth.prototype.geofenceVersion = 0;
            Birth.prototype.machineKind = 0;
            Birth.prototype.timeS = 0;

            Birth.create = function(properties) {
                return new Birth(properties);
            };

            Birth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.firmware != null && $Object.hasOwnProperty.call(message, "firmware") && message.firmware !== "")
                    writer.uint32(10).string(message.firmware);
                if (message.hardware != null && $Object.hasOwnProperty.call(message, "hardware") && message.hardware !== "")
                    writer.uint32(18).string(message.hardware);
                if (message.sensors != null && $Object.hasOwnProperty.call(message, "sensors") && message.sensors !== 0)
                    writer.uint32(24).uint32(message.sensors);
                if (message.relay != null && $Object.hasOwnProperty.call(message, "relay") && message.relay !== 0)
                    writer.uint32(32).int32(message.relay);
                if (message.bufferCapacity != null && $Object.hasOwnProperty.call(message, "bufferCapacity") && message.bufferCapacity !== 0)
                    writer.uint32(40).uint32(message.bufferCapacity);
                if (message.configVersion != null && $Object.hasOwnProperty.call(message, "configVersion") && message.configVersion !== 0)
                    writer.uint32(48).uint32(message.configVersion);
                if (message.geofenceVersion != null && $Object.hasOwnProperty.call(message, "geofenceVersion") && message.geofenceVersion !== 0)
                    writer.uint32(56).uint32(message.geofenceVersion);
                if (message.machineKind != null && $Object.hasOwnProperty.call(message, "machineKind") && message.machineKind !== 0)
                    writer.uint32(64).uint32(message.machineKind);
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS") && message.timeS !== 0)
                    writer.uint32(77).fixed32(message.timeS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Birth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Birth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.firmware = value;
                            else
                                delete message.firmware;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hardware = value;
                            else
                                delete message.hardware;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sensors = value;
                            else
                                delete message.sensors;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.relay = value;
                            else
                                delete message.relay;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bufferCapacity = value;
                            else
                                delete message.bufferCapacity;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.configVersion = value;
                            else
                                delete message.configVersion;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.geofenceVersion = value;
                            else
                                delete message.geofenceVersion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.machineKind = value;
                            else
                                delete message.machineKind;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.timeS = value;
                            else
                                delete message.timeS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Birth.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Birth)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Birth: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Birth();
                if (object.firmware != null)
                    if (typeof object.firmware !== "string" || object.firmware.length)
                        message.firmware = $String(object.firmware);
                if (object.hardware != null)
                    if (typeof object.hardware !== "string" || object.hardware.length)
                        message.hardware = $String(object.hardware);
                if (object.sensors != null)
                    if ($Number(object.sensors) !== 0)
                        message.sensors = object.sensors >>> 0;
                if (object.relay !== 0 && (typeof object.relay !== "string" || $root.weldcode.v1.RelayType[object.relay] !== 0))
                    switch (object.relay) {
                    case "RELAY_TYPE_UNSPECIFIED":
                    case 0:
                        message.relay = 0;
                        break;
                    case "RELAY_TYPE_CONTACTOR":
                    case 1:
                        message.relay = 1;
                        break;
                    case "RELAY_TYPE_SOLID_STATE":
                    case 2:
                        message.relay = 2;
                        break;
                    case "RELAY_TYPE_TRIGGER_INTERLOCK":
                    case 3:
                        message.relay = 3;
                        break;
                    default:
                        if (typeof object.relay === "number" && (object.relay | 0) === object.relay)
                            message.relay = object.relay;
                    }
                if (object.bufferCapacity != null)
                    if ($Number(object.bufferCapacity) !== 0)
                        message.bufferCapacity = object.bufferCapacity >>> 0;
                if (object.configVersion != null)
                    if ($Number(object.configVersion) !== 0)
                        message.configVersion = object.configVersion >>> 0;
                if (object.geofenceVersion != null)
                    if ($Number(object.geofenceVersion) !== 0)
                        message.geofenceVersion = object.geofenceVersion >>> 0;
                if (object.machineKind != null)
                    if ($Number(object.machineKind) !== 0)
                        message.machineKind = object.machineKind >>> 0;
                if (object.timeS != null)
                    if ($Number(object.timeS) !== 0)
                        message.timeS = object.timeS >>> 0;
                return message;
            };

            Birth.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.firmware = "";
                    object.hardware = "";
                    object.sensors = 0;
                    object.relay = options.enums === $String ? "RELAY_TYPE_UNSPECIFIED" : 0;
                    object.bufferCapacity = 0;
                    object.configVersion = 0;
                    object.geofenceVersion = 0;
                    object.machineKind = 0;
                    object.timeS = 0;
                }
                if (message.firmware != null && $Object.hasOwnProperty.call(message, "firmware"))
                    object.firmware = message.firmware;
                if (message.hardware != null && $Object.hasOwnProperty.call(message, "hardware"))
                    object.hardware = message.hardware;
                if (message.sensors != null && $Object.hasOwnProperty.call(message, "sensors"))
                    object.sensors = message.sensors;
                if (message.relay != null && $Object.hasOwnProperty.call(message, "relay"))
                    object.relay = options.enums === $String ? $root.weldcode.v1.RelayType[message.relay] === $undefined ? message.relay : $root.weldcode.v1.RelayType[message.relay] : message.relay;
                if (message.bufferCapacity != null && $Object.hasOwnProperty.call(message, "bufferCapacity"))
                    object.bufferCapacity = message.bufferCapacity;
                if (message.configVersion != null && $Object.hasOwnProperty.call(message, "configVersion"))
                    object.configVersion = message.configVersion;
                if (message.geofenceVersion != null && $Object.hasOwnProperty.call(message, "geofenceVersion"))
                    object.geofenceVersion = message.geofenceVersion;
                if (message.machineKind != null && $Object.hasOwnProperty.call(message, "machineKind"))
                    object.machineKind = message.machineKind;
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS"))
                    object.timeS = message.timeS;
                return object;
            };

            Birth.prototype.toJSON = function() {
                return Birth.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Birth;
        })();

        v1.RelayType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RELAY_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RELAY_TYPE_CONTACTOR"] = 1;
            values[valuesById[2] = "RELAY_TYPE_SOLID_STATE"] = 2;
            values[valuesById[3] = "RELAY_TYPE_TRIGGER_INTERLOCK"] = 3;
            return values;
        })();

        v1.DeathReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEATH_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DEATH_REASON_CONNECTION_LOST"] = 1;
            values[valuesById[2] = "DEATH_REASON_SHUTDOWN"] = 2;
            values[valuesById[3] = "DEATH_REASON_MAIN_POWER_LOST"] = 3;
            values[valuesById[4] = "DEATH_REASON_REBOOT"] = 4;
            return values;
        })();

        v1.Death = (function() {

            const Death = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Death.prototype.reason = 0;
            Death.prototype.timeS = 0;

            Death.create = function(properties) {
                return new Death(properties);
            };

            Death.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(8).int32(message.reason);
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS") && message.timeS !== 0)
                    writer.uint32(21).fixed32(message.timeS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Death.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.Death();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.timeS = value;
                            else
                                delete message.timeS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Death.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.Death)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.Death: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.Death();
                if (object.reason !== 0 && (typeof object.reason !== "string" || $root.weldcode.v1.DeathReason[object.reason] !== 0))
                    switch (object.reason) {
                    case "DEATH_REASON_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "DEATH_REASON_CONNECTION_LOST":
                    case 1:
                        message.reason = 1;
                        break;
                    case "DEATH_REASON_SHUTDOWN":
                    case 2:
                        message.reason = 2;
                        break;
                    case "DEATH_REASON_MAIN_POWER_LOST":
                    case 3:
                        message.reason = 3;
                        break;
                    case "DEATH_REASON_REBOOT":
                    case 4:
                        message.reason = 4;
                        break;
                    default:
                        if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                            message.reason = object.reason;
                    }
                if (object.timeS != null)
                    if ($Number(object.timeS) !== 0)
                        message.timeS = object.timeS >>> 0;
                return message;
            };

            Death.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reason = options.enums === $String ? "DEATH_REASON_UNSPECIFIED" : 0;
                    object.timeS = 0;
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.weldcode.v1.DeathReason[message.reason] === $undefined ? message.reason : $root.weldcode.v1.DeathReason[message.reason] : message.reason;
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS"))
                    object.timeS = message.timeS;
                return object;
            };

            Death.prototype.toJSON = function() {
                return Death.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Death;
        })();

        v1.TimeSyncRequest = (function() {

            const TimeSyncRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TimeSyncRequest.prototype.chipTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            TimeSyncRequest.create = function(properties) {
                return new TimeSyncRequest(properties);
            };

            TimeSyncRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chipTimeMs != null && $Object.hasOwnProperty.call(message, "chipTimeMs") && (typeof message.chipTimeMs === "object" ? message.chipTimeMs.low || message.chipTimeMs.high : message.chipTimeMs !== 0))
                    writer.uint32(9).fixed64(message.chipTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TimeSyncRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.TimeSyncRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.chipTimeMs = value;
                            else
                                delete message.chipTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TimeSyncRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.TimeSyncRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.TimeSyncRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.TimeSyncRequest();
                if (object.chipTimeMs != null)
                    if (typeof object.chipTimeMs === "object" ? object.chipTimeMs.low || object.chipTimeMs.high : $Number(object.chipTimeMs) !== 0)
                        if ($util.Long)
                            message.chipTimeMs = $util.Long.fromValue(object.chipTimeMs, true);
                        else if (typeof object.chipTimeMs === "string")
                            message.chipTimeMs = $parseInt(object.chipTimeMs, 10);
                        else if (typeof object.chipTimeMs === "number")
                            message.chipTimeMs = object.chipTimeMs;
                        else if (typeof object.chipTimeMs === "object")
                            message.chipTimeMs = new $util.LongBits(object.chipTimeMs.low >>> 0, object.chipTimeMs.high >>> 0).toNumber(true);
                return message;
            };

            TimeSyncRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chipTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.chipTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.chipTimeMs != null && $Object.hasOwnProperty.call(message, "chipTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.chipTimeMs = typeof message.chipTimeMs === "number" ? $BigInt(message.chipTimeMs) : $util.Long.fromBits(message.chipTimeMs.low >>> 0, message.chipTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.chipTimeMs === "number")
                        object.chipTimeMs = options.longs === $String ? $String(message.chipTimeMs) : message.chipTimeMs;
                    else
                        object.chipTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.chipTimeMs) : options.longs === $Number ? new $util.LongBits(message.chipTimeMs.low >>> 0, message.chipTimeMs.high >>> 0).toNumber(true) : message.chipTimeMs;
                return object;
            };

            TimeSyncRequest.prototype.toJSON = function() {
                return TimeSyncRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TimeSyncRequest;
        })();

        v1.CommandResult = (function() {

            const CommandResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CommandResult.prototype.correlationId = 0;
            CommandResult.prototype.status = 0;
            CommandResult.prototype.message = "";
            CommandResult.prototype.result = $util.newBuffer([]);

            CommandResult.create = function(properties) {
                return new CommandResult(properties);
            };

            CommandResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId") && message.correlationId !== 0)
                    writer.uint32(8).uint32(message.correlationId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(16).uint32(message.status);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(26).string(message.message);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result.length)
                    writer.uint32(34).bytes(message.result);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CommandResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weldcode.v1.CommandResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.correlationId = value;
                            else
                                delete message.correlationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.result = value;
                            else
                                delete message.result;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CommandResult.fromObject = function (object, _depth) {
                if (object instanceof $root.weldcode.v1.CommandResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weldcode.v1.CommandResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weldcode.v1.CommandResult();
                if (object.correlationId != null)
                    if ($Number(object.correlationId) !== 0)
                        message.correlationId = object.correlationId >>> 0;
                if (object.status != null)
                    if ($Number(object.status) !== 0)
                        message.status = object.status >>> 0;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.result != null)
                    if (object.result.length)
                        if (typeof object.result === "string")
                            $util.base64.decode(object.result, message.result = $util.newBuffer($util.base64.length(object.result)), 0);
                        else if (object.result.length >= 0)
                            message.result = object.result;
                return message;
            };

            CommandResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.correlationId = 0;
                    object.status = 0;
                    object.message = "";
                    if (options.bytes === $String)
                        object.result = "";
                    else {
                        object.result = [];
                        if (options.bytes !== $Array)
                            object.result = $util.newBuffer(object.result);
                    }
                }
                if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId"))
                    object.correlationId = message.correlationId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = options.bytes === $String ? $util.base64.encode(message.result, 0, message.result.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.result) : message.result;
                return object;
            };

            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CommandResult;
        })();

        return v1;
    })();

    return weldcode;
})();

export {
  $root as default
};
