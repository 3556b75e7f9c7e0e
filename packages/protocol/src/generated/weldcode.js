/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const weldcode = $root.weldcode = (() => {

    /**
     * Namespace weldcode.
     * @exports weldcode
     * @namespace
     */
    const weldcode = {};

    weldcode.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof weldcode
         * @namespace
         */
        const v1 = {};

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} weldcode.v1.Ack.$Properties
             * @property {number|null} [epoch] Ack epoch
             * @property {number|Long|null} [seq] Ack seq
             * @property {number|null} [selective] Ack selective
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof weldcode.v1
             * @interface IAck
             * @augments weldcode.v1.Ack.$Properties
             * @deprecated Use weldcode.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {weldcode.v1.Ack.$Properties} weldcode.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof weldcode.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {weldcode.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack epoch.
             * @member {number} epoch
             * @memberof weldcode.v1.Ack
             * @instance
             */
            Ack.prototype.epoch = 0;

            /**
             * Ack seq.
             * @member {number|Long} seq
             * @memberof weldcode.v1.Ack
             * @instance
             */
            Ack.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ack selective.
             * @member {number} selective
             * @memberof weldcode.v1.Ack
             * @instance
             */
            Ack.prototype.selective = 0;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Ack
             * @static
             * @param {weldcode.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Ack} Ack instance
             * @type {{
             *   (properties: weldcode.v1.Ack.$Shape): weldcode.v1.Ack & weldcode.v1.Ack.$Shape;
             *   (properties?: weldcode.v1.Ack.$Properties): weldcode.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link weldcode.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Ack
             * @static
             * @param {weldcode.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.selective != null && $Object.hasOwnProperty.call(message, "selective") && message.selective !== 0)
                    writer.uint32(/* id 3, wireType 5 =*/29).fixed32(message.selective);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Ack & weldcode.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Ack} Ack
             */
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

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Ack
             * @static
             * @param {weldcode.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof weldcode.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Ack";
            };

            return Ack;
        })();

        /**
         * NackReason enum.
         * @name weldcode.v1.NackReason
         * @enum {number}
         * @property {number} NACK_REASON_UNSPECIFIED=0 NACK_REASON_UNSPECIFIED value
         * @property {number} NACK_REASON_BUSY=1 NACK_REASON_BUSY value
         * @property {number} NACK_REASON_BAD_MAC=2 NACK_REASON_BAD_MAC value
         * @property {number} NACK_REASON_MALFORMED=3 NACK_REASON_MALFORMED value
         * @property {number} NACK_REASON_NO_SESSION=4 NACK_REASON_NO_SESSION value
         */
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

            /**
             * Properties of a Nack.
             * @typedef {Object} weldcode.v1.Nack.$Properties
             * @property {number|null} [epoch] Nack epoch
             * @property {number|Long|null} [seq] Nack seq
             * @property {weldcode.v1.NackReason|null} [reason] Nack reason
             * @property {number|null} [retryAfterMs] Nack retryAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Nack.
             * @memberof weldcode.v1
             * @interface INack
             * @augments weldcode.v1.Nack.$Properties
             * @deprecated Use weldcode.v1.Nack.$Properties instead.
             */

            /**
             * Shape of a Nack.
             * @typedef {weldcode.v1.Nack.$Properties} weldcode.v1.Nack.$Shape
             */

            /**
             * Constructs a new Nack.
             * @memberof weldcode.v1
             * @classdesc Represents a Nack.
             * @constructor
             * @param {weldcode.v1.Nack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Nack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Nack epoch.
             * @member {number} epoch
             * @memberof weldcode.v1.Nack
             * @instance
             */
            Nack.prototype.epoch = 0;

            /**
             * Nack seq.
             * @member {number|Long} seq
             * @memberof weldcode.v1.Nack
             * @instance
             */
            Nack.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Nack reason.
             * @member {weldcode.v1.NackReason} reason
             * @memberof weldcode.v1.Nack
             * @instance
             */
            Nack.prototype.reason = 0;

            /**
             * Nack retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof weldcode.v1.Nack
             * @instance
             */
            Nack.prototype.retryAfterMs = 0;

            /**
             * Creates a new Nack instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Nack
             * @static
             * @param {weldcode.v1.Nack.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Nack} Nack instance
             * @type {{
             *   (properties: weldcode.v1.Nack.$Shape): weldcode.v1.Nack & weldcode.v1.Nack.$Shape;
             *   (properties?: weldcode.v1.Nack.$Properties): weldcode.v1.Nack;
             * }}
             */
            Nack.create = function(properties) {
                return new Nack(properties);
            };

            /**
             * Encodes the specified Nack message. Does not implicitly {@link weldcode.v1.Nack.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Nack
             * @static
             * @param {weldcode.v1.Nack.$Properties} message Nack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Nack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.reason);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Nack message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Nack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Nack & weldcode.v1.Nack.$Shape} Nack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Nack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Nack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Nack} Nack
             */
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

            /**
             * Creates a plain object from a Nack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Nack
             * @static
             * @param {weldcode.v1.Nack} message Nack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Nack to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Nack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Nack.prototype.toJSON = function() {
                return Nack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Nack
             * @function getTypeUrl
             * @memberof weldcode.v1.Nack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Nack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Nack";
            };

            return Nack;
        })();

        v1.AlarmAck = (function() {

            /**
             * Properties of an AlarmAck.
             * @typedef {Object} weldcode.v1.AlarmAck.$Properties
             * @property {number|null} [epoch] AlarmAck epoch
             * @property {number|Long|null} [seq] AlarmAck seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AlarmAck.
             * @memberof weldcode.v1
             * @interface IAlarmAck
             * @augments weldcode.v1.AlarmAck.$Properties
             * @deprecated Use weldcode.v1.AlarmAck.$Properties instead.
             */

            /**
             * Shape of an AlarmAck.
             * @typedef {weldcode.v1.AlarmAck.$Properties} weldcode.v1.AlarmAck.$Shape
             */

            /**
             * Constructs a new AlarmAck.
             * @memberof weldcode.v1
             * @classdesc Represents an AlarmAck.
             * @constructor
             * @param {weldcode.v1.AlarmAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AlarmAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AlarmAck epoch.
             * @member {number} epoch
             * @memberof weldcode.v1.AlarmAck
             * @instance
             */
            AlarmAck.prototype.epoch = 0;

            /**
             * AlarmAck seq.
             * @member {number|Long} seq
             * @memberof weldcode.v1.AlarmAck
             * @instance
             */
            AlarmAck.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new AlarmAck instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.AlarmAck
             * @static
             * @param {weldcode.v1.AlarmAck.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.AlarmAck} AlarmAck instance
             * @type {{
             *   (properties: weldcode.v1.AlarmAck.$Shape): weldcode.v1.AlarmAck & weldcode.v1.AlarmAck.$Shape;
             *   (properties?: weldcode.v1.AlarmAck.$Properties): weldcode.v1.AlarmAck;
             * }}
             */
            AlarmAck.create = function(properties) {
                return new AlarmAck(properties);
            };

            /**
             * Encodes the specified AlarmAck message. Does not implicitly {@link weldcode.v1.AlarmAck.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.AlarmAck
             * @static
             * @param {weldcode.v1.AlarmAck.$Properties} message AlarmAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AlarmAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AlarmAck message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.AlarmAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.AlarmAck & weldcode.v1.AlarmAck.$Shape} AlarmAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates an AlarmAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.AlarmAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.AlarmAck} AlarmAck
             */
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

            /**
             * Creates a plain object from an AlarmAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.AlarmAck
             * @static
             * @param {weldcode.v1.AlarmAck} message AlarmAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this AlarmAck to JSON.
             * @function toJSON
             * @memberof weldcode.v1.AlarmAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AlarmAck.prototype.toJSON = function() {
                return AlarmAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AlarmAck
             * @function getTypeUrl
             * @memberof weldcode.v1.AlarmAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AlarmAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.AlarmAck";
            };

            return AlarmAck;
        })();

        v1.TimeSync = (function() {

            /**
             * Properties of a TimeSync.
             * @typedef {Object} weldcode.v1.TimeSync.$Properties
             * @property {number|Long|null} [chipTimeMs] TimeSync chipTimeMs
             * @property {number|Long|null} [platformRxMs] TimeSync platformRxMs
             * @property {number|Long|null} [platformTxMs] TimeSync platformTxMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimeSync.
             * @memberof weldcode.v1
             * @interface ITimeSync
             * @augments weldcode.v1.TimeSync.$Properties
             * @deprecated Use weldcode.v1.TimeSync.$Properties instead.
             */

            /**
             * Shape of a TimeSync.
             * @typedef {weldcode.v1.TimeSync.$Properties} weldcode.v1.TimeSync.$Shape
             */

            /**
             * Constructs a new TimeSync.
             * @memberof weldcode.v1
             * @classdesc Represents a TimeSync.
             * @constructor
             * @param {weldcode.v1.TimeSync.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimeSync = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TimeSync chipTimeMs.
             * @member {number|Long} chipTimeMs
             * @memberof weldcode.v1.TimeSync
             * @instance
             */
            TimeSync.prototype.chipTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TimeSync platformRxMs.
             * @member {number|Long} platformRxMs
             * @memberof weldcode.v1.TimeSync
             * @instance
             */
            TimeSync.prototype.platformRxMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TimeSync platformTxMs.
             * @member {number|Long} platformTxMs
             * @memberof weldcode.v1.TimeSync
             * @instance
             */
            TimeSync.prototype.platformTxMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TimeSync instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.TimeSync
             * @static
             * @param {weldcode.v1.TimeSync.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.TimeSync} TimeSync instance
             * @type {{
             *   (properties: weldcode.v1.TimeSync.$Shape): weldcode.v1.TimeSync & weldcode.v1.TimeSync.$Shape;
             *   (properties?: weldcode.v1.TimeSync.$Properties): weldcode.v1.TimeSync;
             * }}
             */
            TimeSync.create = function(properties) {
                return new TimeSync(properties);
            };

            /**
             * Encodes the specified TimeSync message. Does not implicitly {@link weldcode.v1.TimeSync.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.TimeSync
             * @static
             * @param {weldcode.v1.TimeSync.$Properties} message TimeSync message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeSync.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chipTimeMs != null && $Object.hasOwnProperty.call(message, "chipTimeMs") && (typeof message.chipTimeMs === "object" ? message.chipTimeMs.low || message.chipTimeMs.high : message.chipTimeMs !== 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).fixed64(message.chipTimeMs);
                if (message.platformRxMs != null && $Object.hasOwnProperty.call(message, "platformRxMs") && (typeof message.platformRxMs === "object" ? message.platformRxMs.low || message.platformRxMs.high : message.platformRxMs !== 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).fixed64(message.platformRxMs);
                if (message.platformTxMs != null && $Object.hasOwnProperty.call(message, "platformTxMs") && (typeof message.platformTxMs === "object" ? message.platformTxMs.low || message.platformTxMs.high : message.platformTxMs !== 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).fixed64(message.platformTxMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TimeSync message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.TimeSync
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.TimeSync & weldcode.v1.TimeSync.$Shape} TimeSync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a TimeSync message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.TimeSync
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.TimeSync} TimeSync
             */
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

            /**
             * Creates a plain object from a TimeSync message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.TimeSync
             * @static
             * @param {weldcode.v1.TimeSync} message TimeSync
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this TimeSync to JSON.
             * @function toJSON
             * @memberof weldcode.v1.TimeSync
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TimeSync.prototype.toJSON = function() {
                return TimeSync.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TimeSync
             * @function getTypeUrl
             * @memberof weldcode.v1.TimeSync
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimeSync.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.TimeSync";
            };

            return TimeSync;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} weldcode.v1.Command.$Properties
             * @property {number|null} [correlationId] Command correlationId
             * @property {string|null} [name] Command name
             * @property {Uint8Array|null} [args] Command args
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof weldcode.v1
             * @interface ICommand
             * @augments weldcode.v1.Command.$Properties
             * @deprecated Use weldcode.v1.Command.$Properties instead.
             */

            /**
             * Shape of a Command.
             * @typedef {weldcode.v1.Command.$Properties} weldcode.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof weldcode.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {weldcode.v1.Command.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Command correlationId.
             * @member {number} correlationId
             * @memberof weldcode.v1.Command
             * @instance
             */
            Command.prototype.correlationId = 0;

            /**
             * Command name.
             * @member {string} name
             * @memberof weldcode.v1.Command
             * @instance
             */
            Command.prototype.name = "";

            /**
             * Command args.
             * @member {Uint8Array} args
             * @memberof weldcode.v1.Command
             * @instance
             */
            Command.prototype.args = $util.newBuffer([]);

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Command
             * @static
             * @param {weldcode.v1.Command.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Command} Command instance
             * @type {{
             *   (properties: weldcode.v1.Command.$Shape): weldcode.v1.Command & weldcode.v1.Command.$Shape;
             *   (properties?: weldcode.v1.Command.$Properties): weldcode.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link weldcode.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Command
             * @static
             * @param {weldcode.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId") && message.correlationId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.correlationId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.args != null && $Object.hasOwnProperty.call(message, "args") && message.args.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.args);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Command & weldcode.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Command
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Command} Command
             */
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

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Command
             * @static
             * @param {weldcode.v1.Command} message Command
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof weldcode.v1.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Command";
            };

            return Command;
        })();

        v1.SignedDirective = (function() {

            /**
             * Properties of a SignedDirective.
             * @typedef {Object} weldcode.v1.SignedDirective.$Properties
             * @property {Uint8Array|null} [directive] SignedDirective directive
             * @property {Uint8Array|null} [keyId] SignedDirective keyId
             * @property {Uint8Array|null} [signature] SignedDirective signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedDirective.
             * @memberof weldcode.v1
             * @interface ISignedDirective
             * @augments weldcode.v1.SignedDirective.$Properties
             * @deprecated Use weldcode.v1.SignedDirective.$Properties instead.
             */

            /**
             * Shape of a SignedDirective.
             * @typedef {weldcode.v1.SignedDirective.$Properties} weldcode.v1.SignedDirective.$Shape
             */

            /**
             * Constructs a new SignedDirective.
             * @memberof weldcode.v1
             * @classdesc Represents a SignedDirective.
             * @constructor
             * @param {weldcode.v1.SignedDirective.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedDirective = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedDirective directive.
             * @member {Uint8Array} directive
             * @memberof weldcode.v1.SignedDirective
             * @instance
             */
            SignedDirective.prototype.directive = $util.newBuffer([]);

            /**
             * SignedDirective keyId.
             * @member {Uint8Array} keyId
             * @memberof weldcode.v1.SignedDirective
             * @instance
             */
            SignedDirective.prototype.keyId = $util.newBuffer([]);

            /**
             * SignedDirective signature.
             * @member {Uint8Array} signature
             * @memberof weldcode.v1.SignedDirective
             * @instance
             */
            SignedDirective.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedDirective instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.SignedDirective
             * @static
             * @param {weldcode.v1.SignedDirective.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.SignedDirective} SignedDirective instance
             * @type {{
             *   (properties: weldcode.v1.SignedDirective.$Shape): weldcode.v1.SignedDirective & weldcode.v1.SignedDirective.$Shape;
             *   (properties?: weldcode.v1.SignedDirective.$Properties): weldcode.v1.SignedDirective;
             * }}
             */
            SignedDirective.create = function(properties) {
                return new SignedDirective(properties);
            };

            /**
             * Encodes the specified SignedDirective message. Does not implicitly {@link weldcode.v1.SignedDirective.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.SignedDirective
             * @static
             * @param {weldcode.v1.SignedDirective.$Properties} message SignedDirective message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedDirective.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.directive != null && $Object.hasOwnProperty.call(message, "directive") && message.directive.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.directive);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.keyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedDirective message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.SignedDirective
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.SignedDirective & weldcode.v1.SignedDirective.$Shape} SignedDirective
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a SignedDirective message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.SignedDirective
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.SignedDirective} SignedDirective
             */
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

            /**
             * Creates a plain object from a SignedDirective message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.SignedDirective
             * @static
             * @param {weldcode.v1.SignedDirective} message SignedDirective
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this SignedDirective to JSON.
             * @function toJSON
             * @memberof weldcode.v1.SignedDirective
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedDirective.prototype.toJSON = function() {
                return SignedDirective.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SignedDirective
             * @function getTypeUrl
             * @memberof weldcode.v1.SignedDirective
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedDirective.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.SignedDirective";
            };

            return SignedDirective;
        })();

        v1.Directive = (function() {

            /**
             * Properties of a Directive.
             * @typedef {Object} weldcode.v1.Directive.$Properties
             * @property {string|null} [chipId] Directive chipId
             * @property {Uint8Array|null} [nonce] Directive nonce
             * @property {number|null} [issuedS] Directive issuedS
             * @property {weldcode.v1.Grant.$Properties|null} [grant] Directive grant
             * @property {weldcode.v1.Revoke.$Properties|null} [revoke] Directive revoke
             * @property {weldcode.v1.Extend.$Properties|null} [extend] Directive extend
             * @property {weldcode.v1.Lock.$Properties|null} [lock] Directive lock
             * @property {weldcode.v1.GeofenceSet.$Properties|null} [geofenceSet] Directive geofenceSet
             * @property {weldcode.v1.ConfigSet.$Properties|null} [configSet] Directive configSet
             * @property {"grant"|"revoke"|"extend"|"lock"|"geofenceSet"|"configSet"} [action] Directive action
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Directive.
             * @memberof weldcode.v1
             * @interface IDirective
             * @augments weldcode.v1.Directive.$Properties
             * @deprecated Use weldcode.v1.Directive.$Properties instead.
             */

            /**
             * Narrowed shape of a Directive.
             * @typedef {{
             *   chipId?: string|null;
             *   nonce?: Uint8Array|null;
             *   issuedS?: number|null;
             *   grant?: weldcode.v1.Grant.$Shape|null;
             *   revoke?: weldcode.v1.Revoke.$Shape|null;
             *   extend?: weldcode.v1.Extend.$Shape|null;
             *   lock?: weldcode.v1.Lock.$Shape|null;
             *   geofenceSet?: weldcode.v1.GeofenceSet.$Shape|null;
             *   configSet?: weldcode.v1.ConfigSet.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ action?: undefined; grant?: null; revoke?: null; extend?: null; lock?: null; geofenceSet?: null; configSet?: null }|{ action?: "grant"; grant: weldcode.v1.Grant.$Shape; revoke?: null; extend?: null; lock?: null; geofenceSet?: null; configSet?: null }|{ action?: "revoke"; grant?: null; revoke: weldcode.v1.Revoke.$Shape; extend?: null; lock?: null; geofenceSet?: null; configSet?: null }|{ action?: "extend"; grant?: null; revoke?: null; extend: weldcode.v1.Extend.$Shape; lock?: null; geofenceSet?: null; configSet?: null }|{ action?: "lock"; grant?: null; revoke?: null; extend?: null; lock: weldcode.v1.Lock.$Shape; geofenceSet?: null; configSet?: null }|{ action?: "geofenceSet"; grant?: null; revoke?: null; extend?: null; lock?: null; geofenceSet: weldcode.v1.GeofenceSet.$Shape; configSet?: null }|{ action?: "configSet"; grant?: null; revoke?: null; extend?: null; lock?: null; geofenceSet?: null; configSet: weldcode.v1.ConfigSet.$Shape })
             * )} weldcode.v1.Directive.$Shape
             */

            /**
             * Constructs a new Directive.
             * @memberof weldcode.v1
             * @classdesc Represents a Directive.
             * @constructor
             * @param {weldcode.v1.Directive.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Directive = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Directive chipId.
             * @member {string} chipId
             * @memberof weldcode.v1.Directive
             * @instance
             */
            Directive.prototype.chipId = "";

            /**
             * Directive nonce.
             * @member {Uint8Array} nonce
             * @memberof weldcode.v1.Directive
             * @instance
             */
            Directive.prototype.nonce = $util.newBuffer([]);

            /**
             * Directive issuedS.
             * @member {number} issuedS
             * @memberof weldcode.v1.Directive
             * @instance
             */
            Directive.prototype.issuedS = 0;

            /**
             * Directive grant.
             * @member {weldcode.v1.Grant.$Properties|null|undefined} grant
             * @memberof weldcode.v1.Directive
             * @instance
             */
            Directive.prototype.grant = null;

            /**
             * Directive revoke.
             * @member {weldcode.v1.Revoke.$Properties|null|undefined} revoke
             * @memberof weldcode.v1.Directive
             * @instance
             */
            Directive.prototype.revoke = null;

            /**
             * Directive extend.
             * @member {weldcode.v1.Extend.$Properties|null|undefined} extend
             * @memberof weldcode.v1.Directive
             * @instance
             */
            Directive.prototype.extend = null;

            /**
             * Directive lock.
             * @member {weldcode.v1.Lock.$Properties|null|undefined} lock
             * @memberof weldcode.v1.Directive
             * @instance
             */
            Directive.prototype.lock = null;

            /**
             * Directive geofenceSet.
             * @member {weldcode.v1.GeofenceSet.$Properties|null|undefined} geofenceSet
             * @memberof weldcode.v1.Directive
             * @instance
             */
            Directive.prototype.geofenceSet = null;

            /**
             * Directive configSet.
             * @member {weldcode.v1.ConfigSet.$Properties|null|undefined} configSet
             * @memberof weldcode.v1.Directive
             * @instance
             */
            Directive.prototype.configSet = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Directive action.
             * @member {"grant"|"revoke"|"extend"|"lock"|"geofenceSet"|"configSet"|undefined} action
             * @memberof weldcode.v1.Directive
             * @instance
             */
            $Object.defineProperty(Directive.prototype, "action", {
                get: $util.oneOfGetter($oneOfFields = ["grant", "revoke", "extend", "lock", "geofenceSet", "configSet"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Directive instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Directive
             * @static
             * @param {weldcode.v1.Directive.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Directive} Directive instance
             * @type {{
             *   (properties: weldcode.v1.Directive.$Shape): weldcode.v1.Directive & weldcode.v1.Directive.$Shape;
             *   (properties?: weldcode.v1.Directive.$Properties): weldcode.v1.Directive;
             * }}
             */
            Directive.create = function(properties) {
                return new Directive(properties);
            };

            /**
             * Encodes the specified Directive message. Does not implicitly {@link weldcode.v1.Directive.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Directive
             * @static
             * @param {weldcode.v1.Directive.$Properties} message Directive message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Directive.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chipId != null && $Object.hasOwnProperty.call(message, "chipId") && message.chipId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.chipId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.nonce);
                if (message.issuedS != null && $Object.hasOwnProperty.call(message, "issuedS") && message.issuedS !== 0)
                    writer.uint32(/* id 3, wireType 5 =*/29).fixed32(message.issuedS);
                if (message.grant != null && $Object.hasOwnProperty.call(message, "grant"))
                    $root.weldcode.v1.Grant.encode(message.grant, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.revoke != null && $Object.hasOwnProperty.call(message, "revoke"))
                    $root.weldcode.v1.Revoke.encode(message.revoke, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.extend != null && $Object.hasOwnProperty.call(message, "extend"))
                    $root.weldcode.v1.Extend.encode(message.extend, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.lock != null && $Object.hasOwnProperty.call(message, "lock"))
                    $root.weldcode.v1.Lock.encode(message.lock, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.geofenceSet != null && $Object.hasOwnProperty.call(message, "geofenceSet"))
                    $root.weldcode.v1.GeofenceSet.encode(message.geofenceSet, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.configSet != null && $Object.hasOwnProperty.call(message, "configSet"))
                    $root.weldcode.v1.ConfigSet.encode(message.configSet, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Directive message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Directive
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Directive & weldcode.v1.Directive.$Shape} Directive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Directive message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Directive
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Directive} Directive
             */
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

            /**
             * Creates a plain object from a Directive message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Directive
             * @static
             * @param {weldcode.v1.Directive} message Directive
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Directive to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Directive
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Directive.prototype.toJSON = function() {
                return Directive.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Directive
             * @function getTypeUrl
             * @memberof weldcode.v1.Directive
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Directive.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Directive";
            };

            return Directive;
        })();

        v1.Grant = (function() {

            /**
             * Properties of a Grant.
             * @typedef {Object} weldcode.v1.Grant.$Properties
             * @property {Uint8Array|null} [grantId] Grant grantId
             * @property {string|null} [workerId] Grant workerId
             * @property {string|null} [permitId] Grant permitId
             * @property {number|null} [notBeforeS] Grant notBeforeS
             * @property {number|null} [notAfterS] Grant notAfterS
             * @property {string|null} [fenceId] Grant fenceId
             * @property {number|null} [maxDurationS] Grant maxDurationS
             * @property {Uint8Array|null} [requestId] Grant requestId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Grant.
             * @memberof weldcode.v1
             * @interface IGrant
             * @augments weldcode.v1.Grant.$Properties
             * @deprecated Use weldcode.v1.Grant.$Properties instead.
             */

            /**
             * Shape of a Grant.
             * @typedef {weldcode.v1.Grant.$Properties} weldcode.v1.Grant.$Shape
             */

            /**
             * Constructs a new Grant.
             * @memberof weldcode.v1
             * @classdesc Represents a Grant.
             * @constructor
             * @param {weldcode.v1.Grant.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Grant = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Grant grantId.
             * @member {Uint8Array} grantId
             * @memberof weldcode.v1.Grant
             * @instance
             */
            Grant.prototype.grantId = $util.newBuffer([]);

            /**
             * Grant workerId.
             * @member {string} workerId
             * @memberof weldcode.v1.Grant
             * @instance
             */
            Grant.prototype.workerId = "";

            /**
             * Grant permitId.
             * @member {string} permitId
             * @memberof weldcode.v1.Grant
             * @instance
             */
            Grant.prototype.permitId = "";

            /**
             * Grant notBeforeS.
             * @member {number} notBeforeS
             * @memberof weldcode.v1.Grant
             * @instance
             */
            Grant.prototype.notBeforeS = 0;

            /**
             * Grant notAfterS.
             * @member {number} notAfterS
             * @memberof weldcode.v1.Grant
             * @instance
             */
            Grant.prototype.notAfterS = 0;

            /**
             * Grant fenceId.
             * @member {string} fenceId
             * @memberof weldcode.v1.Grant
             * @instance
             */
            Grant.prototype.fenceId = "";

            /**
             * Grant maxDurationS.
             * @member {number} maxDurationS
             * @memberof weldcode.v1.Grant
             * @instance
             */
            Grant.prototype.maxDurationS = 0;

            /**
             * Grant requestId.
             * @member {Uint8Array} requestId
             * @memberof weldcode.v1.Grant
             * @instance
             */
            Grant.prototype.requestId = $util.newBuffer([]);

            /**
             * Creates a new Grant instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Grant
             * @static
             * @param {weldcode.v1.Grant.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Grant} Grant instance
             * @type {{
             *   (properties: weldcode.v1.Grant.$Shape): weldcode.v1.Grant & weldcode.v1.Grant.$Shape;
             *   (properties?: weldcode.v1.Grant.$Properties): weldcode.v1.Grant;
             * }}
             */
            Grant.create = function(properties) {
                return new Grant(properties);
            };

            /**
             * Encodes the specified Grant message. Does not implicitly {@link weldcode.v1.Grant.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Grant
             * @static
             * @param {weldcode.v1.Grant.$Properties} message Grant message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Grant.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId") && message.grantId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.grantId);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.workerId);
                if (message.permitId != null && $Object.hasOwnProperty.call(message, "permitId") && message.permitId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.permitId);
                if (message.notBeforeS != null && $Object.hasOwnProperty.call(message, "notBeforeS") && message.notBeforeS !== 0)
                    writer.uint32(/* id 4, wireType 5 =*/37).fixed32(message.notBeforeS);
                if (message.notAfterS != null && $Object.hasOwnProperty.call(message, "notAfterS") && message.notAfterS !== 0)
                    writer.uint32(/* id 5, wireType 5 =*/45).fixed32(message.notAfterS);
                if (message.fenceId != null && $Object.hasOwnProperty.call(message, "fenceId") && message.fenceId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.fenceId);
                if (message.maxDurationS != null && $Object.hasOwnProperty.call(message, "maxDurationS") && message.maxDurationS !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.maxDurationS);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.requestId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Grant message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Grant
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Grant & weldcode.v1.Grant.$Shape} Grant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Grant message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Grant
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Grant} Grant
             */
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

            /**
             * Creates a plain object from a Grant message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Grant
             * @static
             * @param {weldcode.v1.Grant} message Grant
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Grant to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Grant
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Grant.prototype.toJSON = function() {
                return Grant.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Grant
             * @function getTypeUrl
             * @memberof weldcode.v1.Grant
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Grant.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Grant";
            };

            return Grant;
        })();

        v1.Revoke = (function() {

            /**
             * Properties of a Revoke.
             * @typedef {Object} weldcode.v1.Revoke.$Properties
             * @property {Uint8Array|null} [grantId] Revoke grantId
             * @property {string|null} [reason] Revoke reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Revoke.
             * @memberof weldcode.v1
             * @interface IRevoke
             * @augments weldcode.v1.Revoke.$Properties
             * @deprecated Use weldcode.v1.Revoke.$Properties instead.
             */

            /**
             * Shape of a Revoke.
             * @typedef {weldcode.v1.Revoke.$Properties} weldcode.v1.Revoke.$Shape
             */

            /**
             * Constructs a new Revoke.
             * @memberof weldcode.v1
             * @classdesc Represents a Revoke.
             * @constructor
             * @param {weldcode.v1.Revoke.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Revoke = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Revoke grantId.
             * @member {Uint8Array} grantId
             * @memberof weldcode.v1.Revoke
             * @instance
             */
            Revoke.prototype.grantId = $util.newBuffer([]);

            /**
             * Revoke reason.
             * @member {string} reason
             * @memberof weldcode.v1.Revoke
             * @instance
             */
            Revoke.prototype.reason = "";

            /**
             * Creates a new Revoke instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Revoke
             * @static
             * @param {weldcode.v1.Revoke.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Revoke} Revoke instance
             * @type {{
             *   (properties: weldcode.v1.Revoke.$Shape): weldcode.v1.Revoke & weldcode.v1.Revoke.$Shape;
             *   (properties?: weldcode.v1.Revoke.$Properties): weldcode.v1.Revoke;
             * }}
             */
            Revoke.create = function(properties) {
                return new Revoke(properties);
            };

            /**
             * Encodes the specified Revoke message. Does not implicitly {@link weldcode.v1.Revoke.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Revoke
             * @static
             * @param {weldcode.v1.Revoke.$Properties} message Revoke message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Revoke.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId") && message.grantId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.grantId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Revoke message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Revoke
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Revoke & weldcode.v1.Revoke.$Shape} Revoke
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Revoke message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Revoke
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Revoke} Revoke
             */
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

            /**
             * Creates a plain object from a Revoke message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Revoke
             * @static
             * @param {weldcode.v1.Revoke} message Revoke
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Revoke to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Revoke
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Revoke.prototype.toJSON = function() {
                return Revoke.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Revoke
             * @function getTypeUrl
             * @memberof weldcode.v1.Revoke
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Revoke.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Revoke";
            };

            return Revoke;
        })();

        v1.Extend = (function() {

            /**
             * Properties of an Extend.
             * @typedef {Object} weldcode.v1.Extend.$Properties
             * @property {Uint8Array|null} [grantId] Extend grantId
             * @property {number|null} [notAfterS] Extend notAfterS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Extend.
             * @memberof weldcode.v1
             * @interface IExtend
             * @augments weldcode.v1.Extend.$Properties
             * @deprecated Use weldcode.v1.Extend.$Properties instead.
             */

            /**
             * Shape of an Extend.
             * @typedef {weldcode.v1.Extend.$Properties} weldcode.v1.Extend.$Shape
             */

            /**
             * Constructs a new Extend.
             * @memberof weldcode.v1
             * @classdesc Represents an Extend.
             * @constructor
             * @param {weldcode.v1.Extend.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Extend = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Extend grantId.
             * @member {Uint8Array} grantId
             * @memberof weldcode.v1.Extend
             * @instance
             */
            Extend.prototype.grantId = $util.newBuffer([]);

            /**
             * Extend notAfterS.
             * @member {number} notAfterS
             * @memberof weldcode.v1.Extend
             * @instance
             */
            Extend.prototype.notAfterS = 0;

            /**
             * Creates a new Extend instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Extend
             * @static
             * @param {weldcode.v1.Extend.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Extend} Extend instance
             * @type {{
             *   (properties: weldcode.v1.Extend.$Shape): weldcode.v1.Extend & weldcode.v1.Extend.$Shape;
             *   (properties?: weldcode.v1.Extend.$Properties): weldcode.v1.Extend;
             * }}
             */
            Extend.create = function(properties) {
                return new Extend(properties);
            };

            /**
             * Encodes the specified Extend message. Does not implicitly {@link weldcode.v1.Extend.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Extend
             * @static
             * @param {weldcode.v1.Extend.$Properties} message Extend message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Extend.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId") && message.grantId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.grantId);
                if (message.notAfterS != null && $Object.hasOwnProperty.call(message, "notAfterS") && message.notAfterS !== 0)
                    writer.uint32(/* id 2, wireType 5 =*/21).fixed32(message.notAfterS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Extend message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Extend
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Extend & weldcode.v1.Extend.$Shape} Extend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates an Extend message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Extend
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Extend} Extend
             */
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

            /**
             * Creates a plain object from an Extend message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Extend
             * @static
             * @param {weldcode.v1.Extend} message Extend
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Extend to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Extend
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Extend.prototype.toJSON = function() {
                return Extend.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Extend
             * @function getTypeUrl
             * @memberof weldcode.v1.Extend
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Extend.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Extend";
            };

            return Extend;
        })();

        v1.Lock = (function() {

            /**
             * Properties of a Lock.
             * @typedef {Object} weldcode.v1.Lock.$Properties
             * @property {boolean|null} [locked] Lock locked
             * @property {string|null} [reason] Lock reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Lock.
             * @memberof weldcode.v1
             * @interface ILock
             * @augments weldcode.v1.Lock.$Properties
             * @deprecated Use weldcode.v1.Lock.$Properties instead.
             */

            /**
             * Shape of a Lock.
             * @typedef {weldcode.v1.Lock.$Properties} weldcode.v1.Lock.$Shape
             */

            /**
             * Constructs a new Lock.
             * @memberof weldcode.v1
             * @classdesc Represents a Lock.
             * @constructor
             * @param {weldcode.v1.Lock.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Lock = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Lock locked.
             * @member {boolean} locked
             * @memberof weldcode.v1.Lock
             * @instance
             */
            Lock.prototype.locked = false;

            /**
             * Lock reason.
             * @member {string} reason
             * @memberof weldcode.v1.Lock
             * @instance
             */
            Lock.prototype.reason = "";

            /**
             * Creates a new Lock instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Lock
             * @static
             * @param {weldcode.v1.Lock.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Lock} Lock instance
             * @type {{
             *   (properties: weldcode.v1.Lock.$Shape): weldcode.v1.Lock & weldcode.v1.Lock.$Shape;
             *   (properties?: weldcode.v1.Lock.$Properties): weldcode.v1.Lock;
             * }}
             */
            Lock.create = function(properties) {
                return new Lock(properties);
            };

            /**
             * Encodes the specified Lock message. Does not implicitly {@link weldcode.v1.Lock.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Lock
             * @static
             * @param {weldcode.v1.Lock.$Properties} message Lock message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Lock.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.locked != null && $Object.hasOwnProperty.call(message, "locked") && message.locked !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.locked);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Lock message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Lock
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Lock & weldcode.v1.Lock.$Shape} Lock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Lock message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Lock
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Lock} Lock
             */
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

            /**
             * Creates a plain object from a Lock message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Lock
             * @static
             * @param {weldcode.v1.Lock} message Lock
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Lock to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Lock
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Lock.prototype.toJSON = function() {
                return Lock.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Lock
             * @function getTypeUrl
             * @memberof weldcode.v1.Lock
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Lock.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Lock";
            };

            return Lock;
        })();

        v1.Circle = (function() {

            /**
             * Properties of a Circle.
             * @typedef {Object} weldcode.v1.Circle.$Properties
             * @property {number|null} [latE7] Circle latE7
             * @property {number|null} [lonE7] Circle lonE7
             * @property {number|null} [radiusM] Circle radiusM
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Circle.
             * @memberof weldcode.v1
             * @interface ICircle
             * @augments weldcode.v1.Circle.$Properties
             * @deprecated Use weldcode.v1.Circle.$Properties instead.
             */

            /**
             * Shape of a Circle.
             * @typedef {weldcode.v1.Circle.$Properties} weldcode.v1.Circle.$Shape
             */

            /**
             * Constructs a new Circle.
             * @memberof weldcode.v1
             * @classdesc Represents a Circle.
             * @constructor
             * @param {weldcode.v1.Circle.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Circle = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Circle latE7.
             * @member {number} latE7
             * @memberof weldcode.v1.Circle
             * @instance
             */
            Circle.prototype.latE7 = 0;

            /**
             * Circle lonE7.
             * @member {number} lonE7
             * @memberof weldcode.v1.Circle
             * @instance
             */
            Circle.prototype.lonE7 = 0;

            /**
             * Circle radiusM.
             * @member {number} radiusM
             * @memberof weldcode.v1.Circle
             * @instance
             */
            Circle.prototype.radiusM = 0;

            /**
             * Creates a new Circle instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Circle
             * @static
             * @param {weldcode.v1.Circle.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Circle} Circle instance
             * @type {{
             *   (properties: weldcode.v1.Circle.$Shape): weldcode.v1.Circle & weldcode.v1.Circle.$Shape;
             *   (properties?: weldcode.v1.Circle.$Properties): weldcode.v1.Circle;
             * }}
             */
            Circle.create = function(properties) {
                return new Circle(properties);
            };

            /**
             * Encodes the specified Circle message. Does not implicitly {@link weldcode.v1.Circle.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Circle
             * @static
             * @param {weldcode.v1.Circle.$Properties} message Circle message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Circle.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.latE7 != null && $Object.hasOwnProperty.call(message, "latE7") && message.latE7 !== 0)
                    writer.uint32(/* id 1, wireType 5 =*/13).sfixed32(message.latE7);
                if (message.lonE7 != null && $Object.hasOwnProperty.call(message, "lonE7") && message.lonE7 !== 0)
                    writer.uint32(/* id 2, wireType 5 =*/21).sfixed32(message.lonE7);
                if (message.radiusM != null && $Object.hasOwnProperty.call(message, "radiusM") && message.radiusM !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.radiusM);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Circle message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Circle
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Circle & weldcode.v1.Circle.$Shape} Circle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Circle message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Circle
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Circle} Circle
             */
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

            /**
             * Creates a plain object from a Circle message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Circle
             * @static
             * @param {weldcode.v1.Circle} message Circle
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Circle to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Circle
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Circle.prototype.toJSON = function() {
                return Circle.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Circle
             * @function getTypeUrl
             * @memberof weldcode.v1.Circle
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Circle.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Circle";
            };

            return Circle;
        })();

        v1.Polygon = (function() {

            /**
             * Properties of a Polygon.
             * @typedef {Object} weldcode.v1.Polygon.$Properties
             * @property {Array.<number>|null} [latE7] Polygon latE7
             * @property {Array.<number>|null} [lonE7] Polygon lonE7
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Polygon.
             * @memberof weldcode.v1
             * @interface IPolygon
             * @augments weldcode.v1.Polygon.$Properties
             * @deprecated Use weldcode.v1.Polygon.$Properties instead.
             */

            /**
             * Shape of a Polygon.
             * @typedef {weldcode.v1.Polygon.$Properties} weldcode.v1.Polygon.$Shape
             */

            /**
             * Constructs a new Polygon.
             * @memberof weldcode.v1
             * @classdesc Represents a Polygon.
             * @constructor
             * @param {weldcode.v1.Polygon.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Polygon = function (properties) {
                this.latE7 = [];
                this.lonE7 = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Polygon latE7.
             * @member {Array.<number>} latE7
             * @memberof weldcode.v1.Polygon
             * @instance
             */
            Polygon.prototype.latE7 = $util.emptyArray;

            /**
             * Polygon lonE7.
             * @member {Array.<number>} lonE7
             * @memberof weldcode.v1.Polygon
             * @instance
             */
            Polygon.prototype.lonE7 = $util.emptyArray;

            /**
             * Creates a new Polygon instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Polygon
             * @static
             * @param {weldcode.v1.Polygon.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Polygon} Polygon instance
             * @type {{
             *   (properties: weldcode.v1.Polygon.$Shape): weldcode.v1.Polygon & weldcode.v1.Polygon.$Shape;
             *   (properties?: weldcode.v1.Polygon.$Properties): weldcode.v1.Polygon;
             * }}
             */
            Polygon.create = function(properties) {
                return new Polygon(properties);
            };

            /**
             * Encodes the specified Polygon message. Does not implicitly {@link weldcode.v1.Polygon.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Polygon
             * @static
             * @param {weldcode.v1.Polygon.$Properties} message Polygon message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Polygon.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.latE7 != null && message.latE7.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).sfixed32s(message.latE7);
                if (message.lonE7 != null && message.lonE7.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).sfixed32s(message.lonE7);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Polygon message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Polygon
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Polygon & weldcode.v1.Polygon.$Shape} Polygon
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Polygon message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Polygon
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Polygon} Polygon
             */
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

            /**
             * Creates a plain object from a Polygon message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Polygon
             * @static
             * @param {weldcode.v1.Polygon} message Polygon
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Polygon to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Polygon
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Polygon.prototype.toJSON = function() {
                return Polygon.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Polygon
             * @function getTypeUrl
             * @memberof weldcode.v1.Polygon
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Polygon.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Polygon";
            };

            return Polygon;
        })();

        v1.GeofenceSet = (function() {

            /**
             * Properties of a GeofenceSet.
             * @typedef {Object} weldcode.v1.GeofenceSet.$Properties
             * @property {string|null} [fenceId] GeofenceSet fenceId
             * @property {number|null} [version] GeofenceSet version
             * @property {weldcode.v1.Circle.$Properties|null} [circle] GeofenceSet circle
             * @property {weldcode.v1.Polygon.$Properties|null} [polygon] GeofenceSet polygon
             * @property {"circle"|"polygon"} [shape] GeofenceSet shape
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GeofenceSet.
             * @memberof weldcode.v1
             * @interface IGeofenceSet
             * @augments weldcode.v1.GeofenceSet.$Properties
             * @deprecated Use weldcode.v1.GeofenceSet.$Properties instead.
             */

            /**
             * Narrowed shape of a GeofenceSet.
             * @typedef {{
             *   fenceId?: string|null;
             *   version?: number|null;
             *   circle?: weldcode.v1.Circle.$Shape|null;
             *   polygon?: weldcode.v1.Polygon.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ shape?: undefined; circle?: null; polygon?: null }|{ shape?: "circle"; circle: weldcode.v1.Circle.$Shape; polygon?: null }|{ shape?: "polygon"; circle?: null; polygon: weldcode.v1.Polygon.$Shape })
             * )} weldcode.v1.GeofenceSet.$Shape
             */

            /**
             * Constructs a new GeofenceSet.
             * @memberof weldcode.v1
             * @classdesc Represents a GeofenceSet.
             * @constructor
             * @param {weldcode.v1.GeofenceSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GeofenceSet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GeofenceSet fenceId.
             * @member {string} fenceId
             * @memberof weldcode.v1.GeofenceSet
             * @instance
             */
            GeofenceSet.prototype.fenceId = "";

            /**
             * GeofenceSet version.
             * @member {number} version
             * @memberof weldcode.v1.GeofenceSet
             * @instance
             */
            GeofenceSet.prototype.version = 0;

            /**
             * GeofenceSet circle.
             * @member {weldcode.v1.Circle.$Properties|null|undefined} circle
             * @memberof weldcode.v1.GeofenceSet
             * @instance
             */
            GeofenceSet.prototype.circle = null;

            /**
             * GeofenceSet polygon.
             * @member {weldcode.v1.Polygon.$Properties|null|undefined} polygon
             * @memberof weldcode.v1.GeofenceSet
             * @instance
             */
            GeofenceSet.prototype.polygon = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * GeofenceSet shape.
             * @member {"circle"|"polygon"|undefined} shape
             * @memberof weldcode.v1.GeofenceSet
             * @instance
             */
            $Object.defineProperty(GeofenceSet.prototype, "shape", {
                get: $util.oneOfGetter($oneOfFields = ["circle", "polygon"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new GeofenceSet instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.GeofenceSet
             * @static
             * @param {weldcode.v1.GeofenceSet.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.GeofenceSet} GeofenceSet instance
             * @type {{
             *   (properties: weldcode.v1.GeofenceSet.$Shape): weldcode.v1.GeofenceSet & weldcode.v1.GeofenceSet.$Shape;
             *   (properties?: weldcode.v1.GeofenceSet.$Properties): weldcode.v1.GeofenceSet;
             * }}
             */
            GeofenceSet.create = function(properties) {
                return new GeofenceSet(properties);
            };

            /**
             * Encodes the specified GeofenceSet message. Does not implicitly {@link weldcode.v1.GeofenceSet.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.GeofenceSet
             * @static
             * @param {weldcode.v1.GeofenceSet.$Properties} message GeofenceSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GeofenceSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fenceId != null && $Object.hasOwnProperty.call(message, "fenceId") && message.fenceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.fenceId);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
                if (message.circle != null && $Object.hasOwnProperty.call(message, "circle"))
                    $root.weldcode.v1.Circle.encode(message.circle, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.polygon != null && $Object.hasOwnProperty.call(message, "polygon"))
                    $root.weldcode.v1.Polygon.encode(message.polygon, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GeofenceSet message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.GeofenceSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.GeofenceSet & weldcode.v1.GeofenceSet.$Shape} GeofenceSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a GeofenceSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.GeofenceSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.GeofenceSet} GeofenceSet
             */
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
                return message;
            };

            /**
             * Creates a plain object from a GeofenceSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.GeofenceSet
             * @static
             * @param {weldcode.v1.GeofenceSet} message GeofenceSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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
                return object;
            };

            /**
             * Converts this GeofenceSet to JSON.
             * @function toJSON
             * @memberof weldcode.v1.GeofenceSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GeofenceSet.prototype.toJSON = function() {
                return GeofenceSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GeofenceSet
             * @function getTypeUrl
             * @memberof weldcode.v1.GeofenceSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GeofenceSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.GeofenceSet";
            };

            return GeofenceSet;
        })();

        v1.ConfigSet = (function() {

            /**
             * Properties of a ConfigSet.
             * @typedef {Object} weldcode.v1.ConfigSet.$Properties
             * @property {number|null} [version] ConfigSet version
             * @property {number|null} [telemetryIntervalMs] ConfigSet telemetryIntervalMs
             * @property {number|null} [heartbeatIntervalS] ConfigSet heartbeatIntervalS
             * @property {number|null} [locationIntervalS] ConfigSet locationIntervalS
             * @property {number|null} [arcThresholdDa] ConfigSet arcThresholdDa
             * @property {number|null} [maxTemperatureC] ConfigSet maxTemperatureC
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigSet.
             * @memberof weldcode.v1
             * @interface IConfigSet
             * @augments weldcode.v1.ConfigSet.$Properties
             * @deprecated Use weldcode.v1.ConfigSet.$Properties instead.
             */

            /**
             * Shape of a ConfigSet.
             * @typedef {weldcode.v1.ConfigSet.$Properties} weldcode.v1.ConfigSet.$Shape
             */

            /**
             * Constructs a new ConfigSet.
             * @memberof weldcode.v1
             * @classdesc Represents a ConfigSet.
             * @constructor
             * @param {weldcode.v1.ConfigSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigSet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigSet version.
             * @member {number} version
             * @memberof weldcode.v1.ConfigSet
             * @instance
             */
            ConfigSet.prototype.version = 0;

            /**
             * ConfigSet telemetryIntervalMs.
             * @member {number} telemetryIntervalMs
             * @memberof weldcode.v1.ConfigSet
             * @instance
             */
            ConfigSet.prototype.telemetryIntervalMs = 0;

            /**
             * ConfigSet heartbeatIntervalS.
             * @member {number} heartbeatIntervalS
             * @memberof weldcode.v1.ConfigSet
             * @instance
             */
            ConfigSet.prototype.heartbeatIntervalS = 0;

            /**
             * ConfigSet locationIntervalS.
             * @member {number} locationIntervalS
             * @memberof weldcode.v1.ConfigSet
             * @instance
             */
            ConfigSet.prototype.locationIntervalS = 0;

            /**
             * ConfigSet arcThresholdDa.
             * @member {number} arcThresholdDa
             * @memberof weldcode.v1.ConfigSet
             * @instance
             */
            ConfigSet.prototype.arcThresholdDa = 0;

            /**
             * ConfigSet maxTemperatureC.
             * @member {number} maxTemperatureC
             * @memberof weldcode.v1.ConfigSet
             * @instance
             */
            ConfigSet.prototype.maxTemperatureC = 0;

            /**
             * Creates a new ConfigSet instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.ConfigSet
             * @static
             * @param {weldcode.v1.ConfigSet.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.ConfigSet} ConfigSet instance
             * @type {{
             *   (properties: weldcode.v1.ConfigSet.$Shape): weldcode.v1.ConfigSet & weldcode.v1.ConfigSet.$Shape;
             *   (properties?: weldcode.v1.ConfigSet.$Properties): weldcode.v1.ConfigSet;
             * }}
             */
            ConfigSet.create = function(properties) {
                return new ConfigSet(properties);
            };

            /**
             * Encodes the specified ConfigSet message. Does not implicitly {@link weldcode.v1.ConfigSet.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.ConfigSet
             * @static
             * @param {weldcode.v1.ConfigSet.$Properties} message ConfigSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.telemetryIntervalMs != null && $Object.hasOwnProperty.call(message, "telemetryIntervalMs") && message.telemetryIntervalMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.telemetryIntervalMs);
                if (message.heartbeatIntervalS != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalS") && message.heartbeatIntervalS !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.heartbeatIntervalS);
                if (message.locationIntervalS != null && $Object.hasOwnProperty.call(message, "locationIntervalS") && message.locationIntervalS !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.locationIntervalS);
                if (message.arcThresholdDa != null && $Object.hasOwnProperty.call(message, "arcThresholdDa") && message.arcThresholdDa !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.arcThresholdDa);
                if (message.maxTemperatureC != null && $Object.hasOwnProperty.call(message, "maxTemperatureC") && message.maxTemperatureC !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxTemperatureC);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfigSet message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.ConfigSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.ConfigSet & weldcode.v1.ConfigSet.$Shape} ConfigSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a ConfigSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.ConfigSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.ConfigSet} ConfigSet
             */
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

            /**
             * Creates a plain object from a ConfigSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.ConfigSet
             * @static
             * @param {weldcode.v1.ConfigSet} message ConfigSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this ConfigSet to JSON.
             * @function toJSON
             * @memberof weldcode.v1.ConfigSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfigSet.prototype.toJSON = function() {
                return ConfigSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfigSet
             * @function getTypeUrl
             * @memberof weldcode.v1.ConfigSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfigSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.ConfigSet";
            };

            return ConfigSet;
        })();

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} weldcode.v1.Envelope.$Properties
             * @property {number|Long|null} [seq] Envelope seq
             * @property {weldcode.v1.Telemetry.$Properties|null} [telemetry] Envelope telemetry
             * @property {weldcode.v1.Location.$Properties|null} [location] Envelope location
             * @property {weldcode.v1.Heartbeat.$Properties|null} [heartbeat] Envelope heartbeat
             * @property {weldcode.v1.Ack.$Properties|null} [ack] Envelope ack
             * @property {weldcode.v1.Alarm.$Properties|null} [alarm] Envelope alarm
             * @property {weldcode.v1.ArcSession.$Properties|null} [arcSession] Envelope arcSession
             * @property {weldcode.v1.Event.$Properties|null} [event] Envelope event
             * @property {weldcode.v1.Nack.$Properties|null} [nack] Envelope nack
             * @property {weldcode.v1.AlarmAck.$Properties|null} [alarmAck] Envelope alarmAck
             * @property {weldcode.v1.UnlockRequest.$Properties|null} [unlockRequest] Envelope unlockRequest
             * @property {weldcode.v1.SignedDirective.$Properties|null} [directive] Envelope directive
             * @property {weldcode.v1.Backfill.$Properties|null} [backfill] Envelope backfill
             * @property {weldcode.v1.TimeSync.$Properties|null} [timeSync] Envelope timeSync
             * @property {weldcode.v1.Hello.$Properties|null} [hello] Envelope hello
             * @property {weldcode.v1.Challenge.$Properties|null} [challenge] Envelope challenge
             * @property {weldcode.v1.AuthResponse.$Properties|null} [authResponse] Envelope authResponse
             * @property {weldcode.v1.AuthResult.$Properties|null} [authResult] Envelope authResult
             * @property {weldcode.v1.Birth.$Properties|null} [birth] Envelope birth
             * @property {weldcode.v1.Death.$Properties|null} [death] Envelope death
             * @property {weldcode.v1.TimeSyncRequest.$Properties|null} [timeSyncRequest] Envelope timeSyncRequest
             * @property {weldcode.v1.Command.$Properties|null} [command] Envelope command
             * @property {weldcode.v1.CommandResult.$Properties|null} [commandResult] Envelope commandResult
             * @property {weldcode.v1.RegisterRequest.$Properties|null} [registerRequest] Envelope registerRequest
             * @property {weldcode.v1.RegisterResult.$Properties|null} [registerResult] Envelope registerResult
             * @property {Uint8Array|null} [mac] Envelope mac
             * @property {"telemetry"|"location"|"heartbeat"|"ack"|"alarm"|"arcSession"|"event"|"nack"|"alarmAck"|"unlockRequest"|"directive"|"backfill"|"timeSync"|"hello"|"challenge"|"authResponse"|"authResult"|"birth"|"death"|"timeSyncRequest"|"command"|"commandResult"|"registerRequest"|"registerResult"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof weldcode.v1
             * @interface IEnvelope
             * @augments weldcode.v1.Envelope.$Properties
             * @deprecated Use weldcode.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   seq?: number|Long|null;
             *   telemetry?: weldcode.v1.Telemetry.$Shape|null;
             *   location?: weldcode.v1.Location.$Shape|null;
             *   heartbeat?: weldcode.v1.Heartbeat.$Shape|null;
             *   ack?: weldcode.v1.Ack.$Shape|null;
             *   alarm?: weldcode.v1.Alarm.$Shape|null;
             *   arcSession?: weldcode.v1.ArcSession.$Shape|null;
             *   event?: weldcode.v1.Event.$Shape|null;
             *   nack?: weldcode.v1.Nack.$Shape|null;
             *   alarmAck?: weldcode.v1.AlarmAck.$Shape|null;
             *   unlockRequest?: weldcode.v1.UnlockRequest.$Shape|null;
             *   directive?: weldcode.v1.SignedDirective.$Shape|null;
             *   backfill?: weldcode.v1.Backfill.$Shape|null;
             *   timeSync?: weldcode.v1.TimeSync.$Shape|null;
             *   hello?: weldcode.v1.Hello.$Shape|null;
             *   challenge?: weldcode.v1.Challenge.$Shape|null;
             *   authResponse?: weldcode.v1.AuthResponse.$Shape|null;
             *   authResult?: weldcode.v1.AuthResult.$Shape|null;
             *   birth?: weldcode.v1.Birth.$Shape|null;
             *   death?: weldcode.v1.Death.$Shape|null;
             *   timeSyncRequest?: weldcode.v1.TimeSyncRequest.$Shape|null;
             *   command?: weldcode.v1.Command.$Shape|null;
             *   commandResult?: weldcode.v1.CommandResult.$Shape|null;
             *   registerRequest?: weldcode.v1.RegisterRequest.$Shape|null;
             *   registerResult?: weldcode.v1.RegisterResult.$Shape|null;
             *   mac?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "telemetry"; telemetry: weldcode.v1.Telemetry.$Shape; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "location"; telemetry?: null; location: weldcode.v1.Location.$Shape; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "heartbeat"; telemetry?: null; location?: null; heartbeat: weldcode.v1.Heartbeat.$Shape; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "ack"; telemetry?: null; location?: null; heartbeat?: null; ack: weldcode.v1.Ack.$Shape; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "alarm"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm: weldcode.v1.Alarm.$Shape; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "arcSession"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession: weldcode.v1.ArcSession.$Shape; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "event"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event: weldcode.v1.Event.$Shape; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "nack"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack: weldcode.v1.Nack.$Shape; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "alarmAck"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck: weldcode.v1.AlarmAck.$Shape; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "unlockRequest"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest: weldcode.v1.UnlockRequest.$Shape; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "directive"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive: weldcode.v1.SignedDirective.$Shape; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "backfill"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill: weldcode.v1.Backfill.$Shape; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "timeSync"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync: weldcode.v1.TimeSync.$Shape; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "hello"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello: weldcode.v1.Hello.$Shape; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "challenge"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge: weldcode.v1.Challenge.$Shape; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "authResponse"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse: weldcode.v1.AuthResponse.$Shape; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "authResult"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult: weldcode.v1.AuthResult.$Shape; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "birth"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth: weldcode.v1.Birth.$Shape; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "death"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death: weldcode.v1.Death.$Shape; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "timeSyncRequest"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest: weldcode.v1.TimeSyncRequest.$Shape; command?: null; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "command"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command: weldcode.v1.Command.$Shape; commandResult?: null; registerRequest?: null; registerResult?: null }|{ body?: "commandResult"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult: weldcode.v1.CommandResult.$Shape; registerRequest?: null; registerResult?: null }|{ body?: "registerRequest"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest: weldcode.v1.RegisterRequest.$Shape; registerResult?: null }|{ body?: "registerResult"; telemetry?: null; location?: null; heartbeat?: null; ack?: null; alarm?: null; arcSession?: null; event?: null; nack?: null; alarmAck?: null; unlockRequest?: null; directive?: null; backfill?: null; timeSync?: null; hello?: null; challenge?: null; authResponse?: null; authResult?: null; birth?: null; death?: null; timeSyncRequest?: null; command?: null; commandResult?: null; registerRequest?: null; registerResult: weldcode.v1.RegisterResult.$Shape })
             * )} weldcode.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof weldcode.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {weldcode.v1.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope seq.
             * @member {number|Long} seq
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope telemetry.
             * @member {weldcode.v1.Telemetry.$Properties|null|undefined} telemetry
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.telemetry = null;

            /**
             * Envelope location.
             * @member {weldcode.v1.Location.$Properties|null|undefined} location
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.location = null;

            /**
             * Envelope heartbeat.
             * @member {weldcode.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.heartbeat = null;

            /**
             * Envelope ack.
             * @member {weldcode.v1.Ack.$Properties|null|undefined} ack
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.ack = null;

            /**
             * Envelope alarm.
             * @member {weldcode.v1.Alarm.$Properties|null|undefined} alarm
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.alarm = null;

            /**
             * Envelope arcSession.
             * @member {weldcode.v1.ArcSession.$Properties|null|undefined} arcSession
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.arcSession = null;

            /**
             * Envelope event.
             * @member {weldcode.v1.Event.$Properties|null|undefined} event
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.event = null;

            /**
             * Envelope nack.
             * @member {weldcode.v1.Nack.$Properties|null|undefined} nack
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.nack = null;

            /**
             * Envelope alarmAck.
             * @member {weldcode.v1.AlarmAck.$Properties|null|undefined} alarmAck
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.alarmAck = null;

            /**
             * Envelope unlockRequest.
             * @member {weldcode.v1.UnlockRequest.$Properties|null|undefined} unlockRequest
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.unlockRequest = null;

            /**
             * Envelope directive.
             * @member {weldcode.v1.SignedDirective.$Properties|null|undefined} directive
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.directive = null;

            /**
             * Envelope backfill.
             * @member {weldcode.v1.Backfill.$Properties|null|undefined} backfill
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.backfill = null;

            /**
             * Envelope timeSync.
             * @member {weldcode.v1.TimeSync.$Properties|null|undefined} timeSync
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.timeSync = null;

            /**
             * Envelope hello.
             * @member {weldcode.v1.Hello.$Properties|null|undefined} hello
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.hello = null;

            /**
             * Envelope challenge.
             * @member {weldcode.v1.Challenge.$Properties|null|undefined} challenge
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.challenge = null;

            /**
             * Envelope authResponse.
             * @member {weldcode.v1.AuthResponse.$Properties|null|undefined} authResponse
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.authResponse = null;

            /**
             * Envelope authResult.
             * @member {weldcode.v1.AuthResult.$Properties|null|undefined} authResult
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.authResult = null;

            /**
             * Envelope birth.
             * @member {weldcode.v1.Birth.$Properties|null|undefined} birth
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.birth = null;

            /**
             * Envelope death.
             * @member {weldcode.v1.Death.$Properties|null|undefined} death
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.death = null;

            /**
             * Envelope timeSyncRequest.
             * @member {weldcode.v1.TimeSyncRequest.$Properties|null|undefined} timeSyncRequest
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.timeSyncRequest = null;

            /**
             * Envelope command.
             * @member {weldcode.v1.Command.$Properties|null|undefined} command
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.command = null;

            /**
             * Envelope commandResult.
             * @member {weldcode.v1.CommandResult.$Properties|null|undefined} commandResult
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.commandResult = null;

            /**
             * Envelope registerRequest.
             * @member {weldcode.v1.RegisterRequest.$Properties|null|undefined} registerRequest
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.registerRequest = null;

            /**
             * Envelope registerResult.
             * @member {weldcode.v1.RegisterResult.$Properties|null|undefined} registerResult
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.registerResult = null;

            /**
             * Envelope mac.
             * @member {Uint8Array} mac
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            Envelope.prototype.mac = $util.newBuffer([]);

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"telemetry"|"location"|"heartbeat"|"ack"|"alarm"|"arcSession"|"event"|"nack"|"alarmAck"|"unlockRequest"|"directive"|"backfill"|"timeSync"|"hello"|"challenge"|"authResponse"|"authResult"|"birth"|"death"|"timeSyncRequest"|"command"|"commandResult"|"registerRequest"|"registerResult"|undefined} body
             * @memberof weldcode.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["telemetry", "location", "heartbeat", "ack", "alarm", "arcSession", "event", "nack", "alarmAck", "unlockRequest", "directive", "backfill", "timeSync", "hello", "challenge", "authResponse", "authResult", "birth", "death", "timeSyncRequest", "command", "commandResult", "registerRequest", "registerResult"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Envelope
             * @static
             * @param {weldcode.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: weldcode.v1.Envelope.$Shape): weldcode.v1.Envelope & weldcode.v1.Envelope.$Shape;
             *   (properties?: weldcode.v1.Envelope.$Properties): weldcode.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link weldcode.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Envelope
             * @static
             * @param {weldcode.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.telemetry != null && $Object.hasOwnProperty.call(message, "telemetry"))
                    $root.weldcode.v1.Telemetry.encode(message.telemetry, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    $root.weldcode.v1.Location.encode(message.location, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.weldcode.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.weldcode.v1.Ack.encode(message.ack, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.alarm != null && $Object.hasOwnProperty.call(message, "alarm"))
                    $root.weldcode.v1.Alarm.encode(message.alarm, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.arcSession != null && $Object.hasOwnProperty.call(message, "arcSession"))
                    $root.weldcode.v1.ArcSession.encode(message.arcSession, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.weldcode.v1.Event.encode(message.event, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.nack != null && $Object.hasOwnProperty.call(message, "nack"))
                    $root.weldcode.v1.Nack.encode(message.nack, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.alarmAck != null && $Object.hasOwnProperty.call(message, "alarmAck"))
                    $root.weldcode.v1.AlarmAck.encode(message.alarmAck, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.unlockRequest != null && $Object.hasOwnProperty.call(message, "unlockRequest"))
                    $root.weldcode.v1.UnlockRequest.encode(message.unlockRequest, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.directive != null && $Object.hasOwnProperty.call(message, "directive"))
                    $root.weldcode.v1.SignedDirective.encode(message.directive, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.backfill != null && $Object.hasOwnProperty.call(message, "backfill"))
                    $root.weldcode.v1.Backfill.encode(message.backfill, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.timeSync != null && $Object.hasOwnProperty.call(message, "timeSync"))
                    $root.weldcode.v1.TimeSync.encode(message.timeSync, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.weldcode.v1.Hello.encode(message.hello, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge"))
                    $root.weldcode.v1.Challenge.encode(message.challenge, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.authResponse != null && $Object.hasOwnProperty.call(message, "authResponse"))
                    $root.weldcode.v1.AuthResponse.encode(message.authResponse, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.authResult != null && $Object.hasOwnProperty.call(message, "authResult"))
                    $root.weldcode.v1.AuthResult.encode(message.authResult, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.birth != null && $Object.hasOwnProperty.call(message, "birth"))
                    $root.weldcode.v1.Birth.encode(message.birth, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.death != null && $Object.hasOwnProperty.call(message, "death"))
                    $root.weldcode.v1.Death.encode(message.death, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.timeSyncRequest != null && $Object.hasOwnProperty.call(message, "timeSyncRequest"))
                    $root.weldcode.v1.TimeSyncRequest.encode(message.timeSyncRequest, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.weldcode.v1.Command.encode(message.command, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult"))
                    $root.weldcode.v1.CommandResult.encode(message.commandResult, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.registerRequest != null && $Object.hasOwnProperty.call(message, "registerRequest"))
                    $root.weldcode.v1.RegisterRequest.encode(message.registerRequest, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.registerResult != null && $Object.hasOwnProperty.call(message, "registerResult"))
                    $root.weldcode.v1.RegisterResult.encode(message.registerResult, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac.length)
                    writer.uint32(/* id 2047, wireType 2 =*/16378).bytes(message.mac);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Envelope & weldcode.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Envelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Envelope} Envelope
             */
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

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Envelope
             * @static
             * @param {weldcode.v1.Envelope} message Envelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof weldcode.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Envelope";
            };

            return Envelope;
        })();

        v1.RegisterRequest = (function() {

            /**
             * Properties of a RegisterRequest.
             * @typedef {Object} weldcode.v1.RegisterRequest.$Properties
             * @property {string|null} [chipId] RegisterRequest chipId
             * @property {Uint8Array|null} [publicKey] RegisterRequest publicKey
             * @property {string|null} [machineSerial] RegisterRequest machineSerial
             * @property {number|null} [machineKind] RegisterRequest machineKind
             * @property {string|null} [installerId] RegisterRequest installerId
             * @property {Uint8Array|null} [nonce] RegisterRequest nonce
             * @property {Uint8Array|null} [signature] RegisterRequest signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegisterRequest.
             * @memberof weldcode.v1
             * @interface IRegisterRequest
             * @augments weldcode.v1.RegisterRequest.$Properties
             * @deprecated Use weldcode.v1.RegisterRequest.$Properties instead.
             */

            /**
             * Shape of a RegisterRequest.
             * @typedef {weldcode.v1.RegisterRequest.$Properties} weldcode.v1.RegisterRequest.$Shape
             */

            /**
             * Constructs a new RegisterRequest.
             * @memberof weldcode.v1
             * @classdesc Represents a RegisterRequest.
             * @constructor
             * @param {weldcode.v1.RegisterRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegisterRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegisterRequest chipId.
             * @member {string} chipId
             * @memberof weldcode.v1.RegisterRequest
             * @instance
             */
            RegisterRequest.prototype.chipId = "";

            /**
             * RegisterRequest publicKey.
             * @member {Uint8Array} publicKey
             * @memberof weldcode.v1.RegisterRequest
             * @instance
             */
            RegisterRequest.prototype.publicKey = $util.newBuffer([]);

            /**
             * RegisterRequest machineSerial.
             * @member {string} machineSerial
             * @memberof weldcode.v1.RegisterRequest
             * @instance
             */
            RegisterRequest.prototype.machineSerial = "";

            /**
             * RegisterRequest machineKind.
             * @member {number} machineKind
             * @memberof weldcode.v1.RegisterRequest
             * @instance
             */
            RegisterRequest.prototype.machineKind = 0;

            /**
             * RegisterRequest installerId.
             * @member {string} installerId
             * @memberof weldcode.v1.RegisterRequest
             * @instance
             */
            RegisterRequest.prototype.installerId = "";

            /**
             * RegisterRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof weldcode.v1.RegisterRequest
             * @instance
             */
            RegisterRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * RegisterRequest signature.
             * @member {Uint8Array} signature
             * @memberof weldcode.v1.RegisterRequest
             * @instance
             */
            RegisterRequest.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new RegisterRequest instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.RegisterRequest
             * @static
             * @param {weldcode.v1.RegisterRequest.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.RegisterRequest} RegisterRequest instance
             * @type {{
             *   (properties: weldcode.v1.RegisterRequest.$Shape): weldcode.v1.RegisterRequest & weldcode.v1.RegisterRequest.$Shape;
             *   (properties?: weldcode.v1.RegisterRequest.$Properties): weldcode.v1.RegisterRequest;
             * }}
             */
            RegisterRequest.create = function(properties) {
                return new RegisterRequest(properties);
            };

            /**
             * Encodes the specified RegisterRequest message. Does not implicitly {@link weldcode.v1.RegisterRequest.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.RegisterRequest
             * @static
             * @param {weldcode.v1.RegisterRequest.$Properties} message RegisterRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chipId != null && $Object.hasOwnProperty.call(message, "chipId") && message.chipId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.chipId);
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.publicKey);
                if (message.machineSerial != null && $Object.hasOwnProperty.call(message, "machineSerial") && message.machineSerial !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.machineSerial);
                if (message.machineKind != null && $Object.hasOwnProperty.call(message, "machineKind") && message.machineKind !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.machineKind);
                if (message.installerId != null && $Object.hasOwnProperty.call(message, "installerId") && message.installerId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.installerId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.nonce);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegisterRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.RegisterRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.RegisterRequest & weldcode.v1.RegisterRequest.$Shape} RegisterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a RegisterRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.RegisterRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.RegisterRequest} RegisterRequest
             */
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

            /**
             * Creates a plain object from a RegisterRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.RegisterRequest
             * @static
             * @param {weldcode.v1.RegisterRequest} message RegisterRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this RegisterRequest to JSON.
             * @function toJSON
             * @memberof weldcode.v1.RegisterRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegisterRequest.prototype.toJSON = function() {
                return RegisterRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegisterRequest
             * @function getTypeUrl
             * @memberof weldcode.v1.RegisterRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegisterRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.RegisterRequest";
            };

            return RegisterRequest;
        })();

        /**
         * RegisterStatus enum.
         * @name weldcode.v1.RegisterStatus
         * @enum {number}
         * @property {number} REGISTER_STATUS_UNSPECIFIED=0 REGISTER_STATUS_UNSPECIFIED value
         * @property {number} REGISTER_STATUS_OK=1 REGISTER_STATUS_OK value
         * @property {number} REGISTER_STATUS_BAD_SIGNATURE=2 REGISTER_STATUS_BAD_SIGNATURE value
         * @property {number} REGISTER_STATUS_NOT_APPROVED=3 REGISTER_STATUS_NOT_APPROVED value
         * @property {number} REGISTER_STATUS_ID_TAKEN=4 REGISTER_STATUS_ID_TAKEN value
         */
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

            /**
             * Properties of a RegisterResult.
             * @typedef {Object} weldcode.v1.RegisterResult.$Properties
             * @property {weldcode.v1.RegisterStatus|null} [status] RegisterResult status
             * @property {Uint8Array|null} [platformPublicKey] RegisterResult platformPublicKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegisterResult.
             * @memberof weldcode.v1
             * @interface IRegisterResult
             * @augments weldcode.v1.RegisterResult.$Properties
             * @deprecated Use weldcode.v1.RegisterResult.$Properties instead.
             */

            /**
             * Shape of a RegisterResult.
             * @typedef {weldcode.v1.RegisterResult.$Properties} weldcode.v1.RegisterResult.$Shape
             */

            /**
             * Constructs a new RegisterResult.
             * @memberof weldcode.v1
             * @classdesc Represents a RegisterResult.
             * @constructor
             * @param {weldcode.v1.RegisterResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegisterResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegisterResult status.
             * @member {weldcode.v1.RegisterStatus} status
             * @memberof weldcode.v1.RegisterResult
             * @instance
             */
            RegisterResult.prototype.status = 0;

            /**
             * RegisterResult platformPublicKey.
             * @member {Uint8Array} platformPublicKey
             * @memberof weldcode.v1.RegisterResult
             * @instance
             */
            RegisterResult.prototype.platformPublicKey = $util.newBuffer([]);

            /**
             * Creates a new RegisterResult instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.RegisterResult
             * @static
             * @param {weldcode.v1.RegisterResult.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.RegisterResult} RegisterResult instance
             * @type {{
             *   (properties: weldcode.v1.RegisterResult.$Shape): weldcode.v1.RegisterResult & weldcode.v1.RegisterResult.$Shape;
             *   (properties?: weldcode.v1.RegisterResult.$Properties): weldcode.v1.RegisterResult;
             * }}
             */
            RegisterResult.create = function(properties) {
                return new RegisterResult(properties);
            };

            /**
             * Encodes the specified RegisterResult message. Does not implicitly {@link weldcode.v1.RegisterResult.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.RegisterResult
             * @static
             * @param {weldcode.v1.RegisterResult.$Properties} message RegisterResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.platformPublicKey != null && $Object.hasOwnProperty.call(message, "platformPublicKey") && message.platformPublicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.platformPublicKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegisterResult message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.RegisterResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.RegisterResult & weldcode.v1.RegisterResult.$Shape} RegisterResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a RegisterResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.RegisterResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.RegisterResult} RegisterResult
             */
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

            /**
             * Creates a plain object from a RegisterResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.RegisterResult
             * @static
             * @param {weldcode.v1.RegisterResult} message RegisterResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this RegisterResult to JSON.
             * @function toJSON
             * @memberof weldcode.v1.RegisterResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegisterResult.prototype.toJSON = function() {
                return RegisterResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegisterResult
             * @function getTypeUrl
             * @memberof weldcode.v1.RegisterResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegisterResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.RegisterResult";
            };

            return RegisterResult;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} weldcode.v1.Hello.$Properties
             * @property {string|null} [chipId] Hello chipId
             * @property {number|null} [bootEpoch] Hello bootEpoch
             * @property {Uint8Array|null} [clientNonce] Hello clientNonce
             * @property {Uint8Array|null} [ephemeralKey] Hello ephemeralKey
             * @property {Array.<number>|null} [versions] Hello versions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof weldcode.v1
             * @interface IHello
             * @augments weldcode.v1.Hello.$Properties
             * @deprecated Use weldcode.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {weldcode.v1.Hello.$Properties} weldcode.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof weldcode.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {weldcode.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                this.versions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello chipId.
             * @member {string} chipId
             * @memberof weldcode.v1.Hello
             * @instance
             */
            Hello.prototype.chipId = "";

            /**
             * Hello bootEpoch.
             * @member {number} bootEpoch
             * @memberof weldcode.v1.Hello
             * @instance
             */
            Hello.prototype.bootEpoch = 0;

            /**
             * Hello clientNonce.
             * @member {Uint8Array} clientNonce
             * @memberof weldcode.v1.Hello
             * @instance
             */
            Hello.prototype.clientNonce = $util.newBuffer([]);

            /**
             * Hello ephemeralKey.
             * @member {Uint8Array} ephemeralKey
             * @memberof weldcode.v1.Hello
             * @instance
             */
            Hello.prototype.ephemeralKey = $util.newBuffer([]);

            /**
             * Hello versions.
             * @member {Array.<number>} versions
             * @memberof weldcode.v1.Hello
             * @instance
             */
            Hello.prototype.versions = $util.emptyArray;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Hello
             * @static
             * @param {weldcode.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Hello} Hello instance
             * @type {{
             *   (properties: weldcode.v1.Hello.$Shape): weldcode.v1.Hello & weldcode.v1.Hello.$Shape;
             *   (properties?: weldcode.v1.Hello.$Properties): weldcode.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link weldcode.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Hello
             * @static
             * @param {weldcode.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chipId != null && $Object.hasOwnProperty.call(message, "chipId") && message.chipId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.chipId);
                if (message.bootEpoch != null && $Object.hasOwnProperty.call(message, "bootEpoch") && message.bootEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.bootEpoch);
                if (message.clientNonce != null && $Object.hasOwnProperty.call(message, "clientNonce") && message.clientNonce.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.clientNonce);
                if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey") && message.ephemeralKey.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.ephemeralKey);
                if (message.versions != null && message.versions.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.versions);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Hello & weldcode.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Hello} Hello
             */
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

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Hello
             * @static
             * @param {weldcode.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof weldcode.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Hello";
            };

            return Hello;
        })();

        v1.Challenge = (function() {

            /**
             * Properties of a Challenge.
             * @typedef {Object} weldcode.v1.Challenge.$Properties
             * @property {Uint8Array|null} [serverNonce] Challenge serverNonce
             * @property {Uint8Array|null} [ephemeralKey] Challenge ephemeralKey
             * @property {number|Long|null} [platformTimeMs] Challenge platformTimeMs
             * @property {number|null} [version] Challenge version
             * @property {Uint8Array|null} [platformKeyId] Challenge platformKeyId
             * @property {Uint8Array|null} [signature] Challenge signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Challenge.
             * @memberof weldcode.v1
             * @interface IChallenge
             * @augments weldcode.v1.Challenge.$Properties
             * @deprecated Use weldcode.v1.Challenge.$Properties instead.
             */

            /**
             * Shape of a Challenge.
             * @typedef {weldcode.v1.Challenge.$Properties} weldcode.v1.Challenge.$Shape
             */

            /**
             * Constructs a new Challenge.
             * @memberof weldcode.v1
             * @classdesc Represents a Challenge.
             * @constructor
             * @param {weldcode.v1.Challenge.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Challenge = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Challenge serverNonce.
             * @member {Uint8Array} serverNonce
             * @memberof weldcode.v1.Challenge
             * @instance
             */
            Challenge.prototype.serverNonce = $util.newBuffer([]);

            /**
             * Challenge ephemeralKey.
             * @member {Uint8Array} ephemeralKey
             * @memberof weldcode.v1.Challenge
             * @instance
             */
            Challenge.prototype.ephemeralKey = $util.newBuffer([]);

            /**
             * Challenge platformTimeMs.
             * @member {number|Long} platformTimeMs
             * @memberof weldcode.v1.Challenge
             * @instance
             */
            Challenge.prototype.platformTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Challenge version.
             * @member {number} version
             * @memberof weldcode.v1.Challenge
             * @instance
             */
            Challenge.prototype.version = 0;

            /**
             * Challenge platformKeyId.
             * @member {Uint8Array} platformKeyId
             * @memberof weldcode.v1.Challenge
             * @instance
             */
            Challenge.prototype.platformKeyId = $util.newBuffer([]);

            /**
             * Challenge signature.
             * @member {Uint8Array} signature
             * @memberof weldcode.v1.Challenge
             * @instance
             */
            Challenge.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new Challenge instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Challenge
             * @static
             * @param {weldcode.v1.Challenge.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Challenge} Challenge instance
             * @type {{
             *   (properties: weldcode.v1.Challenge.$Shape): weldcode.v1.Challenge & weldcode.v1.Challenge.$Shape;
             *   (properties?: weldcode.v1.Challenge.$Properties): weldcode.v1.Challenge;
             * }}
             */
            Challenge.create = function(properties) {
                return new Challenge(properties);
            };

            /**
             * Encodes the specified Challenge message. Does not implicitly {@link weldcode.v1.Challenge.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Challenge
             * @static
             * @param {weldcode.v1.Challenge.$Properties} message Challenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Challenge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.serverNonce != null && $Object.hasOwnProperty.call(message, "serverNonce") && message.serverNonce.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.serverNonce);
                if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey") && message.ephemeralKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ephemeralKey);
                if (message.platformTimeMs != null && $Object.hasOwnProperty.call(message, "platformTimeMs") && (typeof message.platformTimeMs === "object" ? message.platformTimeMs.low || message.platformTimeMs.high : message.platformTimeMs !== 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).fixed64(message.platformTimeMs);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.version);
                if (message.platformKeyId != null && $Object.hasOwnProperty.call(message, "platformKeyId") && message.platformKeyId.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.platformKeyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Challenge message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Challenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Challenge & weldcode.v1.Challenge.$Shape} Challenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Challenge message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Challenge
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Challenge} Challenge
             */
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

            /**
             * Creates a plain object from a Challenge message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Challenge
             * @static
             * @param {weldcode.v1.Challenge} message Challenge
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Challenge to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Challenge
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Challenge.prototype.toJSON = function() {
                return Challenge.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Challenge
             * @function getTypeUrl
             * @memberof weldcode.v1.Challenge
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Challenge.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Challenge";
            };

            return Challenge;
        })();

        v1.AuthResponse = (function() {

            /**
             * Properties of an AuthResponse.
             * @typedef {Object} weldcode.v1.AuthResponse.$Properties
             * @property {Uint8Array|null} [signature] AuthResponse signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuthResponse.
             * @memberof weldcode.v1
             * @interface IAuthResponse
             * @augments weldcode.v1.AuthResponse.$Properties
             * @deprecated Use weldcode.v1.AuthResponse.$Properties instead.
             */

            /**
             * Shape of an AuthResponse.
             * @typedef {weldcode.v1.AuthResponse.$Properties} weldcode.v1.AuthResponse.$Shape
             */

            /**
             * Constructs a new AuthResponse.
             * @memberof weldcode.v1
             * @classdesc Represents an AuthResponse.
             * @constructor
             * @param {weldcode.v1.AuthResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuthResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuthResponse signature.
             * @member {Uint8Array} signature
             * @memberof weldcode.v1.AuthResponse
             * @instance
             */
            AuthResponse.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new AuthResponse instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.AuthResponse
             * @static
             * @param {weldcode.v1.AuthResponse.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.AuthResponse} AuthResponse instance
             * @type {{
             *   (properties: weldcode.v1.AuthResponse.$Shape): weldcode.v1.AuthResponse & weldcode.v1.AuthResponse.$Shape;
             *   (properties?: weldcode.v1.AuthResponse.$Properties): weldcode.v1.AuthResponse;
             * }}
             */
            AuthResponse.create = function(properties) {
                return new AuthResponse(properties);
            };

            /**
             * Encodes the specified AuthResponse message. Does not implicitly {@link weldcode.v1.AuthResponse.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.AuthResponse
             * @static
             * @param {weldcode.v1.AuthResponse.$Properties} message AuthResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuthResponse message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.AuthResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.AuthResponse & weldcode.v1.AuthResponse.$Shape} AuthResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates an AuthResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.AuthResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.AuthResponse} AuthResponse
             */
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

            /**
             * Creates a plain object from an AuthResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.AuthResponse
             * @static
             * @param {weldcode.v1.AuthResponse} message AuthResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this AuthResponse to JSON.
             * @function toJSON
             * @memberof weldcode.v1.AuthResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuthResponse.prototype.toJSON = function() {
                return AuthResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AuthResponse
             * @function getTypeUrl
             * @memberof weldcode.v1.AuthResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuthResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.AuthResponse";
            };

            return AuthResponse;
        })();

        /**
         * AuthStatus enum.
         * @name weldcode.v1.AuthStatus
         * @enum {number}
         * @property {number} AUTH_STATUS_UNSPECIFIED=0 AUTH_STATUS_UNSPECIFIED value
         * @property {number} AUTH_STATUS_OK=1 AUTH_STATUS_OK value
         * @property {number} AUTH_STATUS_UNKNOWN_CHIP=2 AUTH_STATUS_UNKNOWN_CHIP value
         * @property {number} AUTH_STATUS_BAD_SIGNATURE=3 AUTH_STATUS_BAD_SIGNATURE value
         * @property {number} AUTH_STATUS_STALE_EPOCH=4 AUTH_STATUS_STALE_EPOCH value
         * @property {number} AUTH_STATUS_VERSION_UNSUPPORTED=5 AUTH_STATUS_VERSION_UNSUPPORTED value
         * @property {number} AUTH_STATUS_DUPLICATE_SESSION=6 AUTH_STATUS_DUPLICATE_SESSION value
         */
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

            /**
             * Properties of an AuthResult.
             * @typedef {Object} weldcode.v1.AuthResult.$Properties
             * @property {weldcode.v1.AuthStatus|null} [status] AuthResult status
             * @property {number|null} [ackedEpoch] AuthResult ackedEpoch
             * @property {number|Long|null} [ackedSeq] AuthResult ackedSeq
             * @property {number|null} [retryAfterMs] AuthResult retryAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuthResult.
             * @memberof weldcode.v1
             * @interface IAuthResult
             * @augments weldcode.v1.AuthResult.$Properties
             * @deprecated Use weldcode.v1.AuthResult.$Properties instead.
             */

            /**
             * Shape of an AuthResult.
             * @typedef {weldcode.v1.AuthResult.$Properties} weldcode.v1.AuthResult.$Shape
             */

            /**
             * Constructs a new AuthResult.
             * @memberof weldcode.v1
             * @classdesc Represents an AuthResult.
             * @constructor
             * @param {weldcode.v1.AuthResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuthResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuthResult status.
             * @member {weldcode.v1.AuthStatus} status
             * @memberof weldcode.v1.AuthResult
             * @instance
             */
            AuthResult.prototype.status = 0;

            /**
             * AuthResult ackedEpoch.
             * @member {number} ackedEpoch
             * @memberof weldcode.v1.AuthResult
             * @instance
             */
            AuthResult.prototype.ackedEpoch = 0;

            /**
             * AuthResult ackedSeq.
             * @member {number|Long} ackedSeq
             * @memberof weldcode.v1.AuthResult
             * @instance
             */
            AuthResult.prototype.ackedSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AuthResult retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof weldcode.v1.AuthResult
             * @instance
             */
            AuthResult.prototype.retryAfterMs = 0;

            /**
             * Creates a new AuthResult instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.AuthResult
             * @static
             * @param {weldcode.v1.AuthResult.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.AuthResult} AuthResult instance
             * @type {{
             *   (properties: weldcode.v1.AuthResult.$Shape): weldcode.v1.AuthResult & weldcode.v1.AuthResult.$Shape;
             *   (properties?: weldcode.v1.AuthResult.$Properties): weldcode.v1.AuthResult;
             * }}
             */
            AuthResult.create = function(properties) {
                return new AuthResult(properties);
            };

            /**
             * Encodes the specified AuthResult message. Does not implicitly {@link weldcode.v1.AuthResult.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.AuthResult
             * @static
             * @param {weldcode.v1.AuthResult.$Properties} message AuthResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.ackedEpoch != null && $Object.hasOwnProperty.call(message, "ackedEpoch") && message.ackedEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ackedEpoch);
                if (message.ackedSeq != null && $Object.hasOwnProperty.call(message, "ackedSeq") && (typeof message.ackedSeq === "object" ? message.ackedSeq.low || message.ackedSeq.high : message.ackedSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.ackedSeq);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuthResult message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.AuthResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.AuthResult & weldcode.v1.AuthResult.$Shape} AuthResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates an AuthResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.AuthResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.AuthResult} AuthResult
             */
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

            /**
             * Creates a plain object from an AuthResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.AuthResult
             * @static
             * @param {weldcode.v1.AuthResult} message AuthResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this AuthResult to JSON.
             * @function toJSON
             * @memberof weldcode.v1.AuthResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuthResult.prototype.toJSON = function() {
                return AuthResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AuthResult
             * @function getTypeUrl
             * @memberof weldcode.v1.AuthResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuthResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.AuthResult";
            };

            return AuthResult;
        })();

        v1.Telemetry = (function() {

            /**
             * Properties of a Telemetry.
             * @typedef {Object} weldcode.v1.Telemetry.$Properties
             * @property {number|null} [startS] Telemetry startS
             * @property {number|null} [intervalMs] Telemetry intervalMs
             * @property {Array.<number>|null} [currentDa] Telemetry currentDa
             * @property {Array.<number>|null} [voltageDv] Telemetry voltageDv
             * @property {Array.<number>|null} [temperatureC] Telemetry temperatureC
             * @property {number|null} [states] Telemetry states
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Telemetry.
             * @memberof weldcode.v1
             * @interface ITelemetry
             * @augments weldcode.v1.Telemetry.$Properties
             * @deprecated Use weldcode.v1.Telemetry.$Properties instead.
             */

            /**
             * Shape of a Telemetry.
             * @typedef {weldcode.v1.Telemetry.$Properties} weldcode.v1.Telemetry.$Shape
             */

            /**
             * Constructs a new Telemetry.
             * @memberof weldcode.v1
             * @classdesc Represents a Telemetry.
             * @constructor
             * @param {weldcode.v1.Telemetry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Telemetry = function (properties) {
                this.currentDa = [];
                this.voltageDv = [];
                this.temperatureC = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Telemetry startS.
             * @member {number} startS
             * @memberof weldcode.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.startS = 0;

            /**
             * Telemetry intervalMs.
             * @member {number} intervalMs
             * @memberof weldcode.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.intervalMs = 0;

            /**
             * Telemetry currentDa.
             * @member {Array.<number>} currentDa
             * @memberof weldcode.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.currentDa = $util.emptyArray;

            /**
             * Telemetry voltageDv.
             * @member {Array.<number>} voltageDv
             * @memberof weldcode.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.voltageDv = $util.emptyArray;

            /**
             * Telemetry temperatureC.
             * @member {Array.<number>} temperatureC
             * @memberof weldcode.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.temperatureC = $util.emptyArray;

            /**
             * Telemetry states.
             * @member {number} states
             * @memberof weldcode.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.states = 0;

            /**
             * Creates a new Telemetry instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Telemetry
             * @static
             * @param {weldcode.v1.Telemetry.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Telemetry} Telemetry instance
             * @type {{
             *   (properties: weldcode.v1.Telemetry.$Shape): weldcode.v1.Telemetry & weldcode.v1.Telemetry.$Shape;
             *   (properties?: weldcode.v1.Telemetry.$Properties): weldcode.v1.Telemetry;
             * }}
             */
            Telemetry.create = function(properties) {
                return new Telemetry(properties);
            };

            /**
             * Encodes the specified Telemetry message. Does not implicitly {@link weldcode.v1.Telemetry.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Telemetry
             * @static
             * @param {weldcode.v1.Telemetry.$Properties} message Telemetry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Telemetry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.startS != null && $Object.hasOwnProperty.call(message, "startS") && message.startS !== 0)
                    writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.startS);
                if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs") && message.intervalMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.intervalMs);
                if (message.currentDa != null && message.currentDa.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).sint32s(message.currentDa);
                if (message.voltageDv != null && message.voltageDv.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).sint32s(message.voltageDv);
                if (message.temperatureC != null && message.temperatureC.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).sint32s(message.temperatureC);
                if (message.states != null && $Object.hasOwnProperty.call(message, "states") && message.states !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.states);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Telemetry message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Telemetry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Telemetry & weldcode.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Telemetry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Telemetry} Telemetry
             */
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

            /**
             * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Telemetry
             * @static
             * @param {weldcode.v1.Telemetry} message Telemetry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Telemetry to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Telemetry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Telemetry.prototype.toJSON = function() {
                return Telemetry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Telemetry
             * @function getTypeUrl
             * @memberof weldcode.v1.Telemetry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Telemetry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Telemetry";
            };

            return Telemetry;
        })();

        /**
         * LocationSource enum.
         * @name weldcode.v1.LocationSource
         * @enum {number}
         * @property {number} LOCATION_SOURCE_UNSPECIFIED=0 LOCATION_SOURCE_UNSPECIFIED value
         * @property {number} LOCATION_SOURCE_GNSS=1 LOCATION_SOURCE_GNSS value
         * @property {number} LOCATION_SOURCE_CELL=2 LOCATION_SOURCE_CELL value
         * @property {number} LOCATION_SOURCE_WIFI=3 LOCATION_SOURCE_WIFI value
         */
        v1.LocationSource = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOCATION_SOURCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOCATION_SOURCE_GNSS"] = 1;
            values[valuesById[2] = "LOCATION_SOURCE_CELL"] = 2;
            values[valuesById[3] = "LOCATION_SOURCE_WIFI"] = 3;
            return values;
        })();

        v1.CellId = (function() {

            /**
             * Properties of a CellId.
             * @typedef {Object} weldcode.v1.CellId.$Properties
             * @property {number|null} [mcc] CellId mcc
             * @property {number|null} [mnc] CellId mnc
             * @property {number|null} [tac] CellId tac
             * @property {number|Long|null} [cellId] CellId cellId
             * @property {number|null} [rssiDbm] CellId rssiDbm
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CellId.
             * @memberof weldcode.v1
             * @interface ICellId
             * @augments weldcode.v1.CellId.$Properties
             * @deprecated Use weldcode.v1.CellId.$Properties instead.
             */

            /**
             * Shape of a CellId.
             * @typedef {weldcode.v1.CellId.$Properties} weldcode.v1.CellId.$Shape
             */

            /**
             * Constructs a new CellId.
             * @memberof weldcode.v1
             * @classdesc Represents a CellId.
             * @constructor
             * @param {weldcode.v1.CellId.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CellId = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CellId mcc.
             * @member {number} mcc
             * @memberof weldcode.v1.CellId
             * @instance
             */
            CellId.prototype.mcc = 0;

            /**
             * CellId mnc.
             * @member {number} mnc
             * @memberof weldcode.v1.CellId
             * @instance
             */
            CellId.prototype.mnc = 0;

            /**
             * CellId tac.
             * @member {number} tac
             * @memberof weldcode.v1.CellId
             * @instance
             */
            CellId.prototype.tac = 0;

            /**
             * CellId cellId.
             * @member {number|Long} cellId
             * @memberof weldcode.v1.CellId
             * @instance
             */
            CellId.prototype.cellId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CellId rssiDbm.
             * @member {number} rssiDbm
             * @memberof weldcode.v1.CellId
             * @instance
             */
            CellId.prototype.rssiDbm = 0;

            /**
             * Creates a new CellId instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.CellId
             * @static
             * @param {weldcode.v1.CellId.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.CellId} CellId instance
             * @type {{
             *   (properties: weldcode.v1.CellId.$Shape): weldcode.v1.CellId & weldcode.v1.CellId.$Shape;
             *   (properties?: weldcode.v1.CellId.$Properties): weldcode.v1.CellId;
             * }}
             */
            CellId.create = function(properties) {
                return new CellId(properties);
            };

            /**
             * Encodes the specified CellId message. Does not implicitly {@link weldcode.v1.CellId.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.CellId
             * @static
             * @param {weldcode.v1.CellId.$Properties} message CellId message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CellId.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mcc != null && $Object.hasOwnProperty.call(message, "mcc") && message.mcc !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.mcc);
                if (message.mnc != null && $Object.hasOwnProperty.call(message, "mnc") && message.mnc !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.mnc);
                if (message.tac != null && $Object.hasOwnProperty.call(message, "tac") && message.tac !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.tac);
                if (message.cellId != null && $Object.hasOwnProperty.call(message, "cellId") && (typeof message.cellId === "object" ? message.cellId.low || message.cellId.high : message.cellId !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.cellId);
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm") && message.rssiDbm !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.rssiDbm);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CellId message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.CellId
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.CellId & weldcode.v1.CellId.$Shape} CellId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a CellId message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.CellId
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.CellId} CellId
             */
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

            /**
             * Creates a plain object from a CellId message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.CellId
             * @static
             * @param {weldcode.v1.CellId} message CellId
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this CellId to JSON.
             * @function toJSON
             * @memberof weldcode.v1.CellId
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CellId.prototype.toJSON = function() {
                return CellId.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CellId
             * @function getTypeUrl
             * @memberof weldcode.v1.CellId
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CellId.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.CellId";
            };

            return CellId;
        })();

        v1.Location = (function() {

            /**
             * Properties of a Location.
             * @typedef {Object} weldcode.v1.Location.$Properties
             * @property {number|null} [timeS] Location timeS
             * @property {number|null} [latE7] Location latE7
             * @property {number|null} [lonE7] Location lonE7
             * @property {number|null} [accuracyM] Location accuracyM
             * @property {weldcode.v1.LocationSource|null} [source] Location source
             * @property {Array.<weldcode.v1.CellId.$Properties>|null} [cells] Location cells
             * @property {number|null} [altitudeM] Location altitudeM
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Location.
             * @memberof weldcode.v1
             * @interface ILocation
             * @augments weldcode.v1.Location.$Properties
             * @deprecated Use weldcode.v1.Location.$Properties instead.
             */

            /**
             * Shape of a Location.
             * @typedef {weldcode.v1.Location.$Properties} weldcode.v1.Location.$Shape
             */

            /**
             * Constructs a new Location.
             * @memberof weldcode.v1
             * @classdesc Represents a Location.
             * @constructor
             * @param {weldcode.v1.Location.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Location = function (properties) {
                this.cells = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Location timeS.
             * @member {number} timeS
             * @memberof weldcode.v1.Location
             * @instance
             */
            Location.prototype.timeS = 0;

            /**
             * Location latE7.
             * @member {number} latE7
             * @memberof weldcode.v1.Location
             * @instance
             */
            Location.prototype.latE7 = 0;

            /**
             * Location lonE7.
             * @member {number} lonE7
             * @memberof weldcode.v1.Location
             * @instance
             */
            Location.prototype.lonE7 = 0;

            /**
             * Location accuracyM.
             * @member {number} accuracyM
             * @memberof weldcode.v1.Location
             * @instance
             */
            Location.prototype.accuracyM = 0;

            /**
             * Location source.
             * @member {weldcode.v1.LocationSource} source
             * @memberof weldcode.v1.Location
             * @instance
             */
            Location.prototype.source = 0;

            /**
             * Location cells.
             * @member {Array.<weldcode.v1.CellId.$Properties>} cells
             * @memberof weldcode.v1.Location
             * @instance
             */
            Location.prototype.cells = $util.emptyArray;

            /**
             * Location altitudeM.
             * @member {number} altitudeM
             * @memberof weldcode.v1.Location
             * @instance
             */
            Location.prototype.altitudeM = 0;

            /**
             * Creates a new Location instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Location
             * @static
             * @param {weldcode.v1.Location.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Location} Location instance
             * @type {{
             *   (properties: weldcode.v1.Location.$Shape): weldcode.v1.Location & weldcode.v1.Location.$Shape;
             *   (properties?: weldcode.v1.Location.$Properties): weldcode.v1.Location;
             * }}
             */
            Location.create = function(properties) {
                return new Location(properties);
            };

            /**
             * Encodes the specified Location message. Does not implicitly {@link weldcode.v1.Location.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Location
             * @static
             * @param {weldcode.v1.Location.$Properties} message Location message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Location.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS") && message.timeS !== 0)
                    writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.timeS);
                if (message.latE7 != null && $Object.hasOwnProperty.call(message, "latE7") && message.latE7 !== 0)
                    writer.uint32(/* id 2, wireType 5 =*/21).sfixed32(message.latE7);
                if (message.lonE7 != null && $Object.hasOwnProperty.call(message, "lonE7") && message.lonE7 !== 0)
                    writer.uint32(/* id 3, wireType 5 =*/29).sfixed32(message.lonE7);
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM") && message.accuracyM !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.accuracyM);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.source);
                if (message.cells != null && message.cells.length)
                    for (let i = 0; i < message.cells.length; ++i)
                        $root.weldcode.v1.CellId.encode(message.cells[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.altitudeM != null && $Object.hasOwnProperty.call(message, "altitudeM") && message.altitudeM !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).sint32(message.altitudeM);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Location
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Location & weldcode.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Location
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Location} Location
             */
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

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Location
             * @static
             * @param {weldcode.v1.Location} message Location
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Location to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Location
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Location.prototype.toJSON = function() {
                return Location.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Location
             * @function getTypeUrl
             * @memberof weldcode.v1.Location
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Location.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Location";
            };

            return Location;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} weldcode.v1.Heartbeat.$Properties
             * @property {number|null} [timeS] Heartbeat timeS
             * @property {number|null} [uptimeS] Heartbeat uptimeS
             * @property {number|null} [rssiDbm] Heartbeat rssiDbm
             * @property {number|null} [buffered] Heartbeat buffered
             * @property {number|Long|null} [logSeq] Heartbeat logSeq
             * @property {Uint8Array|null} [logHead] Heartbeat logHead
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof weldcode.v1
             * @interface IHeartbeat
             * @augments weldcode.v1.Heartbeat.$Properties
             * @deprecated Use weldcode.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {weldcode.v1.Heartbeat.$Properties} weldcode.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof weldcode.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {weldcode.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat timeS.
             * @member {number} timeS
             * @memberof weldcode.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.timeS = 0;

            /**
             * Heartbeat uptimeS.
             * @member {number} uptimeS
             * @memberof weldcode.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.uptimeS = 0;

            /**
             * Heartbeat rssiDbm.
             * @member {number} rssiDbm
             * @memberof weldcode.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.rssiDbm = 0;

            /**
             * Heartbeat buffered.
             * @member {number} buffered
             * @memberof weldcode.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.buffered = 0;

            /**
             * Heartbeat logSeq.
             * @member {number|Long} logSeq
             * @memberof weldcode.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.logSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat logHead.
             * @member {Uint8Array} logHead
             * @memberof weldcode.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.logHead = $util.newBuffer([]);

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Heartbeat
             * @static
             * @param {weldcode.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: weldcode.v1.Heartbeat.$Shape): weldcode.v1.Heartbeat & weldcode.v1.Heartbeat.$Shape;
             *   (properties?: weldcode.v1.Heartbeat.$Properties): weldcode.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link weldcode.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Heartbeat
             * @static
             * @param {weldcode.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS") && message.timeS !== 0)
                    writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.timeS);
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS") && message.uptimeS !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.uptimeS);
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm") && message.rssiDbm !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.rssiDbm);
                if (message.buffered != null && $Object.hasOwnProperty.call(message, "buffered") && message.buffered !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.buffered);
                if (message.logSeq != null && $Object.hasOwnProperty.call(message, "logSeq") && (typeof message.logSeq === "object" ? message.logSeq.low || message.logSeq.high : message.logSeq !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.logSeq);
                if (message.logHead != null && $Object.hasOwnProperty.call(message, "logHead") && message.logHead.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.logHead);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Heartbeat & weldcode.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Heartbeat} Heartbeat
             */
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

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Heartbeat
             * @static
             * @param {weldcode.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof weldcode.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        /**
         * AlarmKind enum.
         * @name weldcode.v1.AlarmKind
         * @enum {number}
         * @property {number} ALARM_KIND_UNSPECIFIED=0 ALARM_KIND_UNSPECIFIED value
         * @property {number} ALARM_KIND_ENCLOSURE_OPENED=1 ALARM_KIND_ENCLOSURE_OPENED value
         * @property {number} ALARM_KIND_CHIP_REMOVED=2 ALARM_KIND_CHIP_REMOVED value
         * @property {number} ALARM_KIND_RELAY_BYPASSED=3 ALARM_KIND_RELAY_BYPASSED value
         * @property {number} ALARM_KIND_MAIN_POWER_LOST=4 ALARM_KIND_MAIN_POWER_LOST value
         * @property {number} ALARM_KIND_ARC_WITHOUT_GRANT=5 ALARM_KIND_ARC_WITHOUT_GRANT value
         * @property {number} ALARM_KIND_GEOFENCE_EXIT=6 ALARM_KIND_GEOFENCE_EXIT value
         * @property {number} ALARM_KIND_OVER_TEMPERATURE=7 ALARM_KIND_OVER_TEMPERATURE value
         * @property {number} ALARM_KIND_GAS_DETECTED=8 ALARM_KIND_GAS_DETECTED value
         */
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

            /**
             * Properties of an Alarm.
             * @typedef {Object} weldcode.v1.Alarm.$Properties
             * @property {weldcode.v1.AlarmKind|null} [kind] Alarm kind
             * @property {number|null} [timeS] Alarm timeS
             * @property {boolean|null} [cleared] Alarm cleared
             * @property {number|null} [value] Alarm value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Alarm.
             * @memberof weldcode.v1
             * @interface IAlarm
             * @augments weldcode.v1.Alarm.$Properties
             * @deprecated Use weldcode.v1.Alarm.$Properties instead.
             */

            /**
             * Shape of an Alarm.
             * @typedef {weldcode.v1.Alarm.$Properties} weldcode.v1.Alarm.$Shape
             */

            /**
             * Constructs a new Alarm.
             * @memberof weldcode.v1
             * @classdesc Represents an Alarm.
             * @constructor
             * @param {weldcode.v1.Alarm.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Alarm = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Alarm kind.
             * @member {weldcode.v1.AlarmKind} kind
             * @memberof weldcode.v1.Alarm
             * @instance
             */
            Alarm.prototype.kind = 0;

            /**
             * Alarm timeS.
             * @member {number} timeS
             * @memberof weldcode.v1.Alarm
             * @instance
             */
            Alarm.prototype.timeS = 0;

            /**
             * Alarm cleared.
             * @member {boolean} cleared
             * @memberof weldcode.v1.Alarm
             * @instance
             */
            Alarm.prototype.cleared = false;

            /**
             * Alarm value.
             * @member {number} value
             * @memberof weldcode.v1.Alarm
             * @instance
             */
            Alarm.prototype.value = 0;

            /**
             * Creates a new Alarm instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Alarm
             * @static
             * @param {weldcode.v1.Alarm.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Alarm} Alarm instance
             * @type {{
             *   (properties: weldcode.v1.Alarm.$Shape): weldcode.v1.Alarm & weldcode.v1.Alarm.$Shape;
             *   (properties?: weldcode.v1.Alarm.$Properties): weldcode.v1.Alarm;
             * }}
             */
            Alarm.create = function(properties) {
                return new Alarm(properties);
            };

            /**
             * Encodes the specified Alarm message. Does not implicitly {@link weldcode.v1.Alarm.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Alarm
             * @static
             * @param {weldcode.v1.Alarm.$Properties} message Alarm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alarm.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS") && message.timeS !== 0)
                    writer.uint32(/* id 2, wireType 5 =*/21).fixed32(message.timeS);
                if (message.cleared != null && $Object.hasOwnProperty.call(message, "cleared") && message.cleared !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.cleared);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Alarm message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Alarm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Alarm & weldcode.v1.Alarm.$Shape} Alarm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates an Alarm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Alarm
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Alarm} Alarm
             */
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

            /**
             * Creates a plain object from an Alarm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Alarm
             * @static
             * @param {weldcode.v1.Alarm} message Alarm
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Alarm to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Alarm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Alarm.prototype.toJSON = function() {
                return Alarm.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Alarm
             * @function getTypeUrl
             * @memberof weldcode.v1.Alarm
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Alarm.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Alarm";
            };

            return Alarm;
        })();

        /**
         * EventKind enum.
         * @name weldcode.v1.EventKind
         * @enum {number}
         * @property {number} EVENT_KIND_UNSPECIFIED=0 EVENT_KIND_UNSPECIFIED value
         * @property {number} EVENT_KIND_BOOT=1 EVENT_KIND_BOOT value
         * @property {number} EVENT_KIND_RELAY_CLOSED=2 EVENT_KIND_RELAY_CLOSED value
         * @property {number} EVENT_KIND_RELAY_OPENED=3 EVENT_KIND_RELAY_OPENED value
         * @property {number} EVENT_KIND_GRANT_ACCEPTED=4 EVENT_KIND_GRANT_ACCEPTED value
         * @property {number} EVENT_KIND_GRANT_REJECTED=5 EVENT_KIND_GRANT_REJECTED value
         * @property {number} EVENT_KIND_GRANT_EXPIRED=6 EVENT_KIND_GRANT_EXPIRED value
         * @property {number} EVENT_KIND_GRANT_REVOKED=7 EVENT_KIND_GRANT_REVOKED value
         * @property {number} EVENT_KIND_GRANT_EXTENDED=8 EVENT_KIND_GRANT_EXTENDED value
         * @property {number} EVENT_KIND_LOCKED=9 EVENT_KIND_LOCKED value
         * @property {number} EVENT_KIND_UNLOCKED=10 EVENT_KIND_UNLOCKED value
         * @property {number} EVENT_KIND_CONFIG_APPLIED=11 EVENT_KIND_CONFIG_APPLIED value
         * @property {number} EVENT_KIND_GEOFENCE_APPLIED=12 EVENT_KIND_GEOFENCE_APPLIED value
         * @property {number} EVENT_KIND_ARC_STARTED=13 EVENT_KIND_ARC_STARTED value
         * @property {number} EVENT_KIND_ARC_ENDED=14 EVENT_KIND_ARC_ENDED value
         * @property {number} EVENT_KIND_TIME_SYNCED=15 EVENT_KIND_TIME_SYNCED value
         * @property {number} EVENT_KIND_MAX_DURATION_REACHED=16 EVENT_KIND_MAX_DURATION_REACHED value
         */
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

            /**
             * Properties of an Event.
             * @typedef {Object} weldcode.v1.Event.$Properties
             * @property {weldcode.v1.EventKind|null} [kind] Event kind
             * @property {number|null} [timeS] Event timeS
             * @property {Uint8Array|null} [grantId] Event grantId
             * @property {string|null} [reason] Event reason
             * @property {number|null} [value] Event value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof weldcode.v1
             * @interface IEvent
             * @augments weldcode.v1.Event.$Properties
             * @deprecated Use weldcode.v1.Event.$Properties instead.
             */

            /**
             * Shape of an Event.
             * @typedef {weldcode.v1.Event.$Properties} weldcode.v1.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof weldcode.v1
             * @classdesc Represents an Event.
             * @constructor
             * @param {weldcode.v1.Event.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Event kind.
             * @member {weldcode.v1.EventKind} kind
             * @memberof weldcode.v1.Event
             * @instance
             */
            Event.prototype.kind = 0;

            /**
             * Event timeS.
             * @member {number} timeS
             * @memberof weldcode.v1.Event
             * @instance
             */
            Event.prototype.timeS = 0;

            /**
             * Event grantId.
             * @member {Uint8Array} grantId
             * @memberof weldcode.v1.Event
             * @instance
             */
            Event.prototype.grantId = $util.newBuffer([]);

            /**
             * Event reason.
             * @member {string} reason
             * @memberof weldcode.v1.Event
             * @instance
             */
            Event.prototype.reason = "";

            /**
             * Event value.
             * @member {number} value
             * @memberof weldcode.v1.Event
             * @instance
             */
            Event.prototype.value = 0;

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Event
             * @static
             * @param {weldcode.v1.Event.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Event} Event instance
             * @type {{
             *   (properties: weldcode.v1.Event.$Shape): weldcode.v1.Event & weldcode.v1.Event.$Shape;
             *   (properties?: weldcode.v1.Event.$Properties): weldcode.v1.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link weldcode.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Event
             * @static
             * @param {weldcode.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS") && message.timeS !== 0)
                    writer.uint32(/* id 2, wireType 5 =*/21).fixed32(message.timeS);
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId") && message.grantId.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.grantId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Event & weldcode.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Event
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Event} Event
             */
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

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Event
             * @static
             * @param {weldcode.v1.Event} message Event
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof weldcode.v1.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Event";
            };

            return Event;
        })();

        v1.ArcSession = (function() {

            /**
             * Properties of an ArcSession.
             * @typedef {Object} weldcode.v1.ArcSession.$Properties
             * @property {number|null} [startS] ArcSession startS
             * @property {number|null} [endS] ArcSession endS
             * @property {number|null} [arcS] ArcSession arcS
             * @property {number|null} [energyWh] ArcSession energyWh
             * @property {number|null} [peakCurrentDa] ArcSession peakCurrentDa
             * @property {number|null} [meanCurrentDa] ArcSession meanCurrentDa
             * @property {Uint8Array|null} [grantId] ArcSession grantId
             * @property {string|null} [workerId] ArcSession workerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ArcSession.
             * @memberof weldcode.v1
             * @interface IArcSession
             * @augments weldcode.v1.ArcSession.$Properties
             * @deprecated Use weldcode.v1.ArcSession.$Properties instead.
             */

            /**
             * Shape of an ArcSession.
             * @typedef {weldcode.v1.ArcSession.$Properties} weldcode.v1.ArcSession.$Shape
             */

            /**
             * Constructs a new ArcSession.
             * @memberof weldcode.v1
             * @classdesc Represents an ArcSession.
             * @constructor
             * @param {weldcode.v1.ArcSession.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ArcSession = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ArcSession startS.
             * @member {number} startS
             * @memberof weldcode.v1.ArcSession
             * @instance
             */
            ArcSession.prototype.startS = 0;

            /**
             * ArcSession endS.
             * @member {number} endS
             * @memberof weldcode.v1.ArcSession
             * @instance
             */
            ArcSession.prototype.endS = 0;

            /**
             * ArcSession arcS.
             * @member {number} arcS
             * @memberof weldcode.v1.ArcSession
             * @instance
             */
            ArcSession.prototype.arcS = 0;

            /**
             * ArcSession energyWh.
             * @member {number} energyWh
             * @memberof weldcode.v1.ArcSession
             * @instance
             */
            ArcSession.prototype.energyWh = 0;

            /**
             * ArcSession peakCurrentDa.
             * @member {number} peakCurrentDa
             * @memberof weldcode.v1.ArcSession
             * @instance
             */
            ArcSession.prototype.peakCurrentDa = 0;

            /**
             * ArcSession meanCurrentDa.
             * @member {number} meanCurrentDa
             * @memberof weldcode.v1.ArcSession
             * @instance
             */
            ArcSession.prototype.meanCurrentDa = 0;

            /**
             * ArcSession grantId.
             * @member {Uint8Array} grantId
             * @memberof weldcode.v1.ArcSession
             * @instance
             */
            ArcSession.prototype.grantId = $util.newBuffer([]);

            /**
             * ArcSession workerId.
             * @member {string} workerId
             * @memberof weldcode.v1.ArcSession
             * @instance
             */
            ArcSession.prototype.workerId = "";

            /**
             * Creates a new ArcSession instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.ArcSession
             * @static
             * @param {weldcode.v1.ArcSession.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.ArcSession} ArcSession instance
             * @type {{
             *   (properties: weldcode.v1.ArcSession.$Shape): weldcode.v1.ArcSession & weldcode.v1.ArcSession.$Shape;
             *   (properties?: weldcode.v1.ArcSession.$Properties): weldcode.v1.ArcSession;
             * }}
             */
            ArcSession.create = function(properties) {
                return new ArcSession(properties);
            };

            /**
             * Encodes the specified ArcSession message. Does not implicitly {@link weldcode.v1.ArcSession.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.ArcSession
             * @static
             * @param {weldcode.v1.ArcSession.$Properties} message ArcSession message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArcSession.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.startS != null && $Object.hasOwnProperty.call(message, "startS") && message.startS !== 0)
                    writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.startS);
                if (message.endS != null && $Object.hasOwnProperty.call(message, "endS") && message.endS !== 0)
                    writer.uint32(/* id 2, wireType 5 =*/21).fixed32(message.endS);
                if (message.arcS != null && $Object.hasOwnProperty.call(message, "arcS") && message.arcS !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.arcS);
                if (message.energyWh != null && $Object.hasOwnProperty.call(message, "energyWh") && message.energyWh !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.energyWh);
                if (message.peakCurrentDa != null && $Object.hasOwnProperty.call(message, "peakCurrentDa") && message.peakCurrentDa !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.peakCurrentDa);
                if (message.meanCurrentDa != null && $Object.hasOwnProperty.call(message, "meanCurrentDa") && message.meanCurrentDa !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.meanCurrentDa);
                if (message.grantId != null && $Object.hasOwnProperty.call(message, "grantId") && message.grantId.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.grantId);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.workerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ArcSession message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.ArcSession
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.ArcSession & weldcode.v1.ArcSession.$Shape} ArcSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates an ArcSession message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.ArcSession
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.ArcSession} ArcSession
             */
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

            /**
             * Creates a plain object from an ArcSession message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.ArcSession
             * @static
             * @param {weldcode.v1.ArcSession} message ArcSession
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this ArcSession to JSON.
             * @function toJSON
             * @memberof weldcode.v1.ArcSession
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ArcSession.prototype.toJSON = function() {
                return ArcSession.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ArcSession
             * @function getTypeUrl
             * @memberof weldcode.v1.ArcSession
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ArcSession.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.ArcSession";
            };

            return ArcSession;
        })();

        /**
         * UnlockSource enum.
         * @name weldcode.v1.UnlockSource
         * @enum {number}
         * @property {number} UNLOCK_SOURCE_UNSPECIFIED=0 UNLOCK_SOURCE_UNSPECIFIED value
         * @property {number} UNLOCK_SOURCE_BUTTON=1 UNLOCK_SOURCE_BUTTON value
         * @property {number} UNLOCK_SOURCE_BLE=2 UNLOCK_SOURCE_BLE value
         */
        v1.UnlockSource = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNLOCK_SOURCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "UNLOCK_SOURCE_BUTTON"] = 1;
            values[valuesById[2] = "UNLOCK_SOURCE_BLE"] = 2;
            return values;
        })();

        v1.UnlockRequest = (function() {

            /**
             * Properties of an UnlockRequest.
             * @typedef {Object} weldcode.v1.UnlockRequest.$Properties
             * @property {weldcode.v1.UnlockSource|null} [source] UnlockRequest source
             * @property {string|null} [workerId] UnlockRequest workerId
             * @property {Uint8Array|null} [requestId] UnlockRequest requestId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnlockRequest.
             * @memberof weldcode.v1
             * @interface IUnlockRequest
             * @augments weldcode.v1.UnlockRequest.$Properties
             * @deprecated Use weldcode.v1.UnlockRequest.$Properties instead.
             */

            /**
             * Shape of an UnlockRequest.
             * @typedef {weldcode.v1.UnlockRequest.$Properties} weldcode.v1.UnlockRequest.$Shape
             */

            /**
             * Constructs a new UnlockRequest.
             * @memberof weldcode.v1
             * @classdesc Represents an UnlockRequest.
             * @constructor
             * @param {weldcode.v1.UnlockRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnlockRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnlockRequest source.
             * @member {weldcode.v1.UnlockSource} source
             * @memberof weldcode.v1.UnlockRequest
             * @instance
             */
            UnlockRequest.prototype.source = 0;

            /**
             * UnlockRequest workerId.
             * @member {string} workerId
             * @memberof weldcode.v1.UnlockRequest
             * @instance
             */
            UnlockRequest.prototype.workerId = "";

            /**
             * UnlockRequest requestId.
             * @member {Uint8Array} requestId
             * @memberof weldcode.v1.UnlockRequest
             * @instance
             */
            UnlockRequest.prototype.requestId = $util.newBuffer([]);

            /**
             * Creates a new UnlockRequest instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.UnlockRequest
             * @static
             * @param {weldcode.v1.UnlockRequest.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.UnlockRequest} UnlockRequest instance
             * @type {{
             *   (properties: weldcode.v1.UnlockRequest.$Shape): weldcode.v1.UnlockRequest & weldcode.v1.UnlockRequest.$Shape;
             *   (properties?: weldcode.v1.UnlockRequest.$Properties): weldcode.v1.UnlockRequest;
             * }}
             */
            UnlockRequest.create = function(properties) {
                return new UnlockRequest(properties);
            };

            /**
             * Encodes the specified UnlockRequest message. Does not implicitly {@link weldcode.v1.UnlockRequest.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.UnlockRequest
             * @static
             * @param {weldcode.v1.UnlockRequest.$Properties} message UnlockRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnlockRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.source);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.workerId);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.requestId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnlockRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.UnlockRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.UnlockRequest & weldcode.v1.UnlockRequest.$Shape} UnlockRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates an UnlockRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.UnlockRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.UnlockRequest} UnlockRequest
             */
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

            /**
             * Creates a plain object from an UnlockRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.UnlockRequest
             * @static
             * @param {weldcode.v1.UnlockRequest} message UnlockRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this UnlockRequest to JSON.
             * @function toJSON
             * @memberof weldcode.v1.UnlockRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UnlockRequest.prototype.toJSON = function() {
                return UnlockRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UnlockRequest
             * @function getTypeUrl
             * @memberof weldcode.v1.UnlockRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnlockRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.UnlockRequest";
            };

            return UnlockRequest;
        })();

        v1.Backfill = (function() {

            /**
             * Properties of a Backfill.
             * @typedef {Object} weldcode.v1.Backfill.$Properties
             * @property {number|null} [epoch] Backfill epoch
             * @property {Array.<Uint8Array>|null} [records] Backfill records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Backfill.
             * @memberof weldcode.v1
             * @interface IBackfill
             * @augments weldcode.v1.Backfill.$Properties
             * @deprecated Use weldcode.v1.Backfill.$Properties instead.
             */

            /**
             * Shape of a Backfill.
             * @typedef {weldcode.v1.Backfill.$Properties} weldcode.v1.Backfill.$Shape
             */

            /**
             * Constructs a new Backfill.
             * @memberof weldcode.v1
             * @classdesc Represents a Backfill.
             * @constructor
             * @param {weldcode.v1.Backfill.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Backfill = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Backfill epoch.
             * @member {number} epoch
             * @memberof weldcode.v1.Backfill
             * @instance
             */
            Backfill.prototype.epoch = 0;

            /**
             * Backfill records.
             * @member {Array.<Uint8Array>} records
             * @memberof weldcode.v1.Backfill
             * @instance
             */
            Backfill.prototype.records = $util.emptyArray;

            /**
             * Creates a new Backfill instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Backfill
             * @static
             * @param {weldcode.v1.Backfill.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Backfill} Backfill instance
             * @type {{
             *   (properties: weldcode.v1.Backfill.$Shape): weldcode.v1.Backfill & weldcode.v1.Backfill.$Shape;
             *   (properties?: weldcode.v1.Backfill.$Properties): weldcode.v1.Backfill;
             * }}
             */
            Backfill.create = function(properties) {
                return new Backfill(properties);
            };

            /**
             * Encodes the specified Backfill message. Does not implicitly {@link weldcode.v1.Backfill.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Backfill
             * @static
             * @param {weldcode.v1.Backfill.$Properties} message Backfill message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Backfill.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.records[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Backfill message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Backfill
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Backfill & weldcode.v1.Backfill.$Shape} Backfill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Backfill message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Backfill
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Backfill} Backfill
             */
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

            /**
             * Creates a plain object from a Backfill message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Backfill
             * @static
             * @param {weldcode.v1.Backfill} message Backfill
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Backfill to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Backfill
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Backfill.prototype.toJSON = function() {
                return Backfill.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Backfill
             * @function getTypeUrl
             * @memberof weldcode.v1.Backfill
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Backfill.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Backfill";
            };

            return Backfill;
        })();

        v1.Birth = (function() {

            /**
             * Properties of a Birth.
             * @typedef {Object} weldcode.v1.Birth.$Properties
             * @property {string|null} [firmware] Birth firmware
             * @property {string|null} [hardware] Birth hardware
             * @property {number|null} [sensors] Birth sensors
             * @property {weldcode.v1.RelayType|null} [relay] Birth relay
             * @property {number|null} [bufferCapacity] Birth bufferCapacity
             * @property {number|null} [configVersion] Birth configVersion
             * @property {number|null} [geofenceVersion] Birth geofenceVersion
             * @property {number|null} [machineKind] Birth machineKind
             * @property {number|null} [timeS] Birth timeS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Birth.
             * @memberof weldcode.v1
             * @interface IBirth
             * @augments weldcode.v1.Birth.$Properties
             * @deprecated Use weldcode.v1.Birth.$Properties instead.
             */

            /**
             * Shape of a Birth.
             * @typedef {weldcode.v1.Birth.$Properties} weldcode.v1.Birth.$Shape
             */

            /**
             * Constructs a new Birth.
             * @memberof weldcode.v1
             * @classdesc Represents a Birth.
             * @constructor
             * @param {weldcode.v1.Birth.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Birth = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Birth firmware.
             * @member {string} firmware
             * @memberof weldcode.v1.Birth
             * @instance
             */
            Birth.prototype.firmware = "";

            /**
             * Birth hardware.
             * @member {string} hardware
             * @memberof weldcode.v1.Birth
             * @instance
             */
            Birth.prototype.hardware = "";

            /**
             * Birth sensors.
             * @member {number} sensors
             * @memberof weldcode.v1.Birth
             * @instance
             */
            Birth.prototype.sensors = 0;

            /**
             * Birth relay.
             * @member {weldcode.v1.RelayType} relay
             * @memberof weldcode.v1.Birth
             * @instance
             */
            Birth.prototype.relay = 0;

            /**
             * Birth bufferCapacity.
             * @member {number} bufferCapacity
             * @memberof weldcode.v1.Birth
             * @instance
             */
            Birth.prototype.bufferCapacity = 0;

            /**
             * Birth configVersion.
             * @member {number} configVersion
             * @memberof weldcode.v1.Birth
             * @instance
             */
            Birth.prototype.configVersion = 0;

            /**
             * Birth geofenceVersion.
             * @member {number} geofenceVersion
             * @memberof weldcode.v1.Birth
             * @instance
             */
            Birth.prototype.geofenceVersion = 0;

            /**
             * Birth machineKind.
             * @member {number} machineKind
             * @memberof weldcode.v1.Birth
             * @instance
             */
            Birth.prototype.machineKind = 0;

            /**
             * Birth timeS.
             * @member {number} timeS
             * @memberof weldcode.v1.Birth
             * @instance
             */
            Birth.prototype.timeS = 0;

            /**
             * Creates a new Birth instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Birth
             * @static
             * @param {weldcode.v1.Birth.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Birth} Birth instance
             * @type {{
             *   (properties: weldcode.v1.Birth.$Shape): weldcode.v1.Birth & weldcode.v1.Birth.$Shape;
             *   (properties?: weldcode.v1.Birth.$Properties): weldcode.v1.Birth;
             * }}
             */
            Birth.create = function(properties) {
                return new Birth(properties);
            };

            /**
             * Encodes the specified Birth message. Does not implicitly {@link weldcode.v1.Birth.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Birth
             * @static
             * @param {weldcode.v1.Birth.$Properties} message Birth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Birth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.firmware != null && $Object.hasOwnProperty.call(message, "firmware") && message.firmware !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.firmware);
                if (message.hardware != null && $Object.hasOwnProperty.call(message, "hardware") && message.hardware !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hardware);
                if (message.sensors != null && $Object.hasOwnProperty.call(message, "sensors") && message.sensors !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.sensors);
                if (message.relay != null && $Object.hasOwnProperty.call(message, "relay") && message.relay !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.relay);
                if (message.bufferCapacity != null && $Object.hasOwnProperty.call(message, "bufferCapacity") && message.bufferCapacity !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.bufferCapacity);
                if (message.configVersion != null && $Object.hasOwnProperty.call(message, "configVersion") && message.configVersion !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.configVersion);
                if (message.geofenceVersion != null && $Object.hasOwnProperty.call(message, "geofenceVersion") && message.geofenceVersion !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.geofenceVersion);
                if (message.machineKind != null && $Object.hasOwnProperty.call(message, "machineKind") && message.machineKind !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.machineKind);
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS") && message.timeS !== 0)
                    writer.uint32(/* id 9, wireType 5 =*/77).fixed32(message.timeS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Birth message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Birth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Birth & weldcode.v1.Birth.$Shape} Birth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Birth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Birth
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Birth} Birth
             */
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

            /**
             * Creates a plain object from a Birth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Birth
             * @static
             * @param {weldcode.v1.Birth} message Birth
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Birth to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Birth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Birth.prototype.toJSON = function() {
                return Birth.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Birth
             * @function getTypeUrl
             * @memberof weldcode.v1.Birth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Birth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Birth";
            };

            return Birth;
        })();

        /**
         * RelayType enum.
         * @name weldcode.v1.RelayType
         * @enum {number}
         * @property {number} RELAY_TYPE_UNSPECIFIED=0 RELAY_TYPE_UNSPECIFIED value
         * @property {number} RELAY_TYPE_CONTACTOR=1 RELAY_TYPE_CONTACTOR value
         * @property {number} RELAY_TYPE_SOLID_STATE=2 RELAY_TYPE_SOLID_STATE value
         * @property {number} RELAY_TYPE_TRIGGER_INTERLOCK=3 RELAY_TYPE_TRIGGER_INTERLOCK value
         */
        v1.RelayType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RELAY_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RELAY_TYPE_CONTACTOR"] = 1;
            values[valuesById[2] = "RELAY_TYPE_SOLID_STATE"] = 2;
            values[valuesById[3] = "RELAY_TYPE_TRIGGER_INTERLOCK"] = 3;
            return values;
        })();

        /**
         * DeathReason enum.
         * @name weldcode.v1.DeathReason
         * @enum {number}
         * @property {number} DEATH_REASON_UNSPECIFIED=0 DEATH_REASON_UNSPECIFIED value
         * @property {number} DEATH_REASON_CONNECTION_LOST=1 DEATH_REASON_CONNECTION_LOST value
         * @property {number} DEATH_REASON_SHUTDOWN=2 DEATH_REASON_SHUTDOWN value
         * @property {number} DEATH_REASON_MAIN_POWER_LOST=3 DEATH_REASON_MAIN_POWER_LOST value
         * @property {number} DEATH_REASON_REBOOT=4 DEATH_REASON_REBOOT value
         */
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

            /**
             * Properties of a Death.
             * @typedef {Object} weldcode.v1.Death.$Properties
             * @property {weldcode.v1.DeathReason|null} [reason] Death reason
             * @property {number|null} [timeS] Death timeS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Death.
             * @memberof weldcode.v1
             * @interface IDeath
             * @augments weldcode.v1.Death.$Properties
             * @deprecated Use weldcode.v1.Death.$Properties instead.
             */

            /**
             * Shape of a Death.
             * @typedef {weldcode.v1.Death.$Properties} weldcode.v1.Death.$Shape
             */

            /**
             * Constructs a new Death.
             * @memberof weldcode.v1
             * @classdesc Represents a Death.
             * @constructor
             * @param {weldcode.v1.Death.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Death = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Death reason.
             * @member {weldcode.v1.DeathReason} reason
             * @memberof weldcode.v1.Death
             * @instance
             */
            Death.prototype.reason = 0;

            /**
             * Death timeS.
             * @member {number} timeS
             * @memberof weldcode.v1.Death
             * @instance
             */
            Death.prototype.timeS = 0;

            /**
             * Creates a new Death instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.Death
             * @static
             * @param {weldcode.v1.Death.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.Death} Death instance
             * @type {{
             *   (properties: weldcode.v1.Death.$Shape): weldcode.v1.Death & weldcode.v1.Death.$Shape;
             *   (properties?: weldcode.v1.Death.$Properties): weldcode.v1.Death;
             * }}
             */
            Death.create = function(properties) {
                return new Death(properties);
            };

            /**
             * Encodes the specified Death message. Does not implicitly {@link weldcode.v1.Death.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.Death
             * @static
             * @param {weldcode.v1.Death.$Properties} message Death message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Death.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.reason);
                if (message.timeS != null && $Object.hasOwnProperty.call(message, "timeS") && message.timeS !== 0)
                    writer.uint32(/* id 2, wireType 5 =*/21).fixed32(message.timeS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Death message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.Death
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.Death & weldcode.v1.Death.$Shape} Death
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a Death message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.Death
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.Death} Death
             */
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

            /**
             * Creates a plain object from a Death message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.Death
             * @static
             * @param {weldcode.v1.Death} message Death
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this Death to JSON.
             * @function toJSON
             * @memberof weldcode.v1.Death
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Death.prototype.toJSON = function() {
                return Death.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Death
             * @function getTypeUrl
             * @memberof weldcode.v1.Death
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Death.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.Death";
            };

            return Death;
        })();

        v1.TimeSyncRequest = (function() {

            /**
             * Properties of a TimeSyncRequest.
             * @typedef {Object} weldcode.v1.TimeSyncRequest.$Properties
             * @property {number|Long|null} [chipTimeMs] TimeSyncRequest chipTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimeSyncRequest.
             * @memberof weldcode.v1
             * @interface ITimeSyncRequest
             * @augments weldcode.v1.TimeSyncRequest.$Properties
             * @deprecated Use weldcode.v1.TimeSyncRequest.$Properties instead.
             */

            /**
             * Shape of a TimeSyncRequest.
             * @typedef {weldcode.v1.TimeSyncRequest.$Properties} weldcode.v1.TimeSyncRequest.$Shape
             */

            /**
             * Constructs a new TimeSyncRequest.
             * @memberof weldcode.v1
             * @classdesc Represents a TimeSyncRequest.
             * @constructor
             * @param {weldcode.v1.TimeSyncRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimeSyncRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TimeSyncRequest chipTimeMs.
             * @member {number|Long} chipTimeMs
             * @memberof weldcode.v1.TimeSyncRequest
             * @instance
             */
            TimeSyncRequest.prototype.chipTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TimeSyncRequest instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.TimeSyncRequest
             * @static
             * @param {weldcode.v1.TimeSyncRequest.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.TimeSyncRequest} TimeSyncRequest instance
             * @type {{
             *   (properties: weldcode.v1.TimeSyncRequest.$Shape): weldcode.v1.TimeSyncRequest & weldcode.v1.TimeSyncRequest.$Shape;
             *   (properties?: weldcode.v1.TimeSyncRequest.$Properties): weldcode.v1.TimeSyncRequest;
             * }}
             */
            TimeSyncRequest.create = function(properties) {
                return new TimeSyncRequest(properties);
            };

            /**
             * Encodes the specified TimeSyncRequest message. Does not implicitly {@link weldcode.v1.TimeSyncRequest.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.TimeSyncRequest
             * @static
             * @param {weldcode.v1.TimeSyncRequest.$Properties} message TimeSyncRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeSyncRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chipTimeMs != null && $Object.hasOwnProperty.call(message, "chipTimeMs") && (typeof message.chipTimeMs === "object" ? message.chipTimeMs.low || message.chipTimeMs.high : message.chipTimeMs !== 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).fixed64(message.chipTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TimeSyncRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.TimeSyncRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.TimeSyncRequest & weldcode.v1.TimeSyncRequest.$Shape} TimeSyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a TimeSyncRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.TimeSyncRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.TimeSyncRequest} TimeSyncRequest
             */
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

            /**
             * Creates a plain object from a TimeSyncRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.TimeSyncRequest
             * @static
             * @param {weldcode.v1.TimeSyncRequest} message TimeSyncRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this TimeSyncRequest to JSON.
             * @function toJSON
             * @memberof weldcode.v1.TimeSyncRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TimeSyncRequest.prototype.toJSON = function() {
                return TimeSyncRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TimeSyncRequest
             * @function getTypeUrl
             * @memberof weldcode.v1.TimeSyncRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimeSyncRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.TimeSyncRequest";
            };

            return TimeSyncRequest;
        })();

        v1.CommandResult = (function() {

            /**
             * Properties of a CommandResult.
             * @typedef {Object} weldcode.v1.CommandResult.$Properties
             * @property {number|null} [correlationId] CommandResult correlationId
             * @property {number|null} [status] CommandResult status
             * @property {string|null} [message] CommandResult message
             * @property {Uint8Array|null} [result] CommandResult result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandResult.
             * @memberof weldcode.v1
             * @interface ICommandResult
             * @augments weldcode.v1.CommandResult.$Properties
             * @deprecated Use weldcode.v1.CommandResult.$Properties instead.
             */

            /**
             * Shape of a CommandResult.
             * @typedef {weldcode.v1.CommandResult.$Properties} weldcode.v1.CommandResult.$Shape
             */

            /**
             * Constructs a new CommandResult.
             * @memberof weldcode.v1
             * @classdesc Represents a CommandResult.
             * @constructor
             * @param {weldcode.v1.CommandResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommandResult correlationId.
             * @member {number} correlationId
             * @memberof weldcode.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.correlationId = 0;

            /**
             * CommandResult status.
             * @member {number} status
             * @memberof weldcode.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.status = 0;

            /**
             * CommandResult message.
             * @member {string} message
             * @memberof weldcode.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.message = "";

            /**
             * CommandResult result.
             * @member {Uint8Array} result
             * @memberof weldcode.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.result = $util.newBuffer([]);

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @function create
             * @memberof weldcode.v1.CommandResult
             * @static
             * @param {weldcode.v1.CommandResult.$Properties=} [properties] Properties to set
             * @returns {weldcode.v1.CommandResult} CommandResult instance
             * @type {{
             *   (properties: weldcode.v1.CommandResult.$Shape): weldcode.v1.CommandResult & weldcode.v1.CommandResult.$Shape;
             *   (properties?: weldcode.v1.CommandResult.$Properties): weldcode.v1.CommandResult;
             * }}
             */
            CommandResult.create = function(properties) {
                return new CommandResult(properties);
            };

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link weldcode.v1.CommandResult.verify|verify} messages.
             * @function encode
             * @memberof weldcode.v1.CommandResult
             * @static
             * @param {weldcode.v1.CommandResult.$Properties} message CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId") && message.correlationId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.correlationId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.status);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.result);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @function decode
             * @memberof weldcode.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weldcode.v1.CommandResult & weldcode.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
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

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weldcode.v1.CommandResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weldcode.v1.CommandResult} CommandResult
             */
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

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weldcode.v1.CommandResult
             * @static
             * @param {weldcode.v1.CommandResult} message CommandResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
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

            /**
             * Converts this CommandResult to JSON.
             * @function toJSON
             * @memberof weldcode.v1.CommandResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandResult
             * @function getTypeUrl
             * @memberof weldcode.v1.CommandResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weldcode.v1.CommandResult";
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
