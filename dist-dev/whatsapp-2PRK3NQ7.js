import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);
import {
  DEFAULT_TEMPLATES_FILE,
  contactKey,
  external_exports,
  loadTemplates,
  markUnreachable,
  messageTime,
  pickTemplate,
  recipientLocale,
  render,
  require_prom_client,
  templateParameter,
  toInbound,
  touchContact,
  windowOpen
} from "./chunk-KP37LHU7.js";
import "./chunk-SQLEIYKA.js";
import {
  DeliveryError,
  readBody,
  secretMatches,
  sendJson,
  sendText
} from "./chunk-6FRNQZJ4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-VH277FUG.js";

// ../../main/node_modules/qrcode/lib/can-promise.js
var require_can_promise = __commonJS({
  "../../main/node_modules/qrcode/lib/can-promise.js"(exports, module) {
    module.exports = function() {
      return typeof Promise === "function" && Promise.prototype && Promise.prototype.then;
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/utils.js
var require_utils = __commonJS({
  "../../main/node_modules/qrcode/lib/core/utils.js"(exports) {
    var toSJISFunction;
    var CODEWORDS_COUNT = [
      0,
      // Not used
      26,
      44,
      70,
      100,
      134,
      172,
      196,
      242,
      292,
      346,
      404,
      466,
      532,
      581,
      655,
      733,
      815,
      901,
      991,
      1085,
      1156,
      1258,
      1364,
      1474,
      1588,
      1706,
      1828,
      1921,
      2051,
      2185,
      2323,
      2465,
      2611,
      2761,
      2876,
      3034,
      3196,
      3362,
      3532,
      3706
    ];
    exports.getSymbolSize = function getSymbolSize(version) {
      if (!version) throw new Error('"version" cannot be null or undefined');
      if (version < 1 || version > 40) throw new Error('"version" should be in range from 1 to 40');
      return version * 4 + 17;
    };
    exports.getSymbolTotalCodewords = function getSymbolTotalCodewords(version) {
      return CODEWORDS_COUNT[version];
    };
    exports.getBCHDigit = function(data) {
      let digit = 0;
      while (data !== 0) {
        digit++;
        data >>>= 1;
      }
      return digit;
    };
    exports.setToSJISFunction = function setToSJISFunction(f) {
      if (typeof f !== "function") {
        throw new Error('"toSJISFunc" is not a valid function.');
      }
      toSJISFunction = f;
    };
    exports.isKanjiModeEnabled = function() {
      return typeof toSJISFunction !== "undefined";
    };
    exports.toSJIS = function toSJIS(kanji) {
      return toSJISFunction(kanji);
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/error-correction-level.js
var require_error_correction_level = __commonJS({
  "../../main/node_modules/qrcode/lib/core/error-correction-level.js"(exports) {
    exports.L = { bit: 1 };
    exports.M = { bit: 0 };
    exports.Q = { bit: 3 };
    exports.H = { bit: 2 };
    function fromString(string) {
      if (typeof string !== "string") {
        throw new Error("Param is not a string");
      }
      const lcStr = string.toLowerCase();
      switch (lcStr) {
        case "l":
        case "low":
          return exports.L;
        case "m":
        case "medium":
          return exports.M;
        case "q":
        case "quartile":
          return exports.Q;
        case "h":
        case "high":
          return exports.H;
        default:
          throw new Error("Unknown EC Level: " + string);
      }
    }
    exports.isValid = function isValid(level) {
      return level && typeof level.bit !== "undefined" && level.bit >= 0 && level.bit < 4;
    };
    exports.from = function from(value, defaultValue) {
      if (exports.isValid(value)) {
        return value;
      }
      try {
        return fromString(value);
      } catch (e) {
        return defaultValue;
      }
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/bit-buffer.js
var require_bit_buffer = __commonJS({
  "../../main/node_modules/qrcode/lib/core/bit-buffer.js"(exports, module) {
    function BitBuffer() {
      this.buffer = [];
      this.length = 0;
    }
    BitBuffer.prototype = {
      get: function(index) {
        const bufIndex = Math.floor(index / 8);
        return (this.buffer[bufIndex] >>> 7 - index % 8 & 1) === 1;
      },
      put: function(num, length) {
        for (let i = 0; i < length; i++) {
          this.putBit((num >>> length - i - 1 & 1) === 1);
        }
      },
      getLengthInBits: function() {
        return this.length;
      },
      putBit: function(bit) {
        const bufIndex = Math.floor(this.length / 8);
        if (this.buffer.length <= bufIndex) {
          this.buffer.push(0);
        }
        if (bit) {
          this.buffer[bufIndex] |= 128 >>> this.length % 8;
        }
        this.length++;
      }
    };
    module.exports = BitBuffer;
  }
});

// ../../main/node_modules/qrcode/lib/core/bit-matrix.js
var require_bit_matrix = __commonJS({
  "../../main/node_modules/qrcode/lib/core/bit-matrix.js"(exports, module) {
    function BitMatrix(size) {
      if (!size || size < 1) {
        throw new Error("BitMatrix size must be defined and greater than 0");
      }
      this.size = size;
      this.data = new Uint8Array(size * size);
      this.reservedBit = new Uint8Array(size * size);
    }
    BitMatrix.prototype.set = function(row, col, value, reserved) {
      const index = row * this.size + col;
      this.data[index] = value;
      if (reserved) this.reservedBit[index] = true;
    };
    BitMatrix.prototype.get = function(row, col) {
      return this.data[row * this.size + col];
    };
    BitMatrix.prototype.xor = function(row, col, value) {
      this.data[row * this.size + col] ^= value;
    };
    BitMatrix.prototype.isReserved = function(row, col) {
      return this.reservedBit[row * this.size + col];
    };
    module.exports = BitMatrix;
  }
});

// ../../main/node_modules/qrcode/lib/core/alignment-pattern.js
var require_alignment_pattern = __commonJS({
  "../../main/node_modules/qrcode/lib/core/alignment-pattern.js"(exports) {
    var getSymbolSize = require_utils().getSymbolSize;
    exports.getRowColCoords = function getRowColCoords(version) {
      if (version === 1) return [];
      const posCount = Math.floor(version / 7) + 2;
      const size = getSymbolSize(version);
      const intervals = size === 145 ? 26 : Math.ceil((size - 13) / (2 * posCount - 2)) * 2;
      const positions = [size - 7];
      for (let i = 1; i < posCount - 1; i++) {
        positions[i] = positions[i - 1] - intervals;
      }
      positions.push(6);
      return positions.reverse();
    };
    exports.getPositions = function getPositions(version) {
      const coords = [];
      const pos = exports.getRowColCoords(version);
      const posLength = pos.length;
      for (let i = 0; i < posLength; i++) {
        for (let j = 0; j < posLength; j++) {
          if (i === 0 && j === 0 || // top-left
          i === 0 && j === posLength - 1 || // bottom-left
          i === posLength - 1 && j === 0) {
            continue;
          }
          coords.push([pos[i], pos[j]]);
        }
      }
      return coords;
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/finder-pattern.js
var require_finder_pattern = __commonJS({
  "../../main/node_modules/qrcode/lib/core/finder-pattern.js"(exports) {
    var getSymbolSize = require_utils().getSymbolSize;
    var FINDER_PATTERN_SIZE = 7;
    exports.getPositions = function getPositions(version) {
      const size = getSymbolSize(version);
      return [
        // top-left
        [0, 0],
        // top-right
        [size - FINDER_PATTERN_SIZE, 0],
        // bottom-left
        [0, size - FINDER_PATTERN_SIZE]
      ];
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/mask-pattern.js
var require_mask_pattern = __commonJS({
  "../../main/node_modules/qrcode/lib/core/mask-pattern.js"(exports) {
    exports.Patterns = {
      PATTERN000: 0,
      PATTERN001: 1,
      PATTERN010: 2,
      PATTERN011: 3,
      PATTERN100: 4,
      PATTERN101: 5,
      PATTERN110: 6,
      PATTERN111: 7
    };
    var PenaltyScores = {
      N1: 3,
      N2: 3,
      N3: 40,
      N4: 10
    };
    exports.isValid = function isValid(mask) {
      return mask != null && mask !== "" && !isNaN(mask) && mask >= 0 && mask <= 7;
    };
    exports.from = function from(value) {
      return exports.isValid(value) ? parseInt(value, 10) : void 0;
    };
    exports.getPenaltyN1 = function getPenaltyN1(data) {
      const size = data.size;
      let points = 0;
      let sameCountCol = 0;
      let sameCountRow = 0;
      let lastCol = null;
      let lastRow = null;
      for (let row = 0; row < size; row++) {
        sameCountCol = sameCountRow = 0;
        lastCol = lastRow = null;
        for (let col = 0; col < size; col++) {
          let module2 = data.get(row, col);
          if (module2 === lastCol) {
            sameCountCol++;
          } else {
            if (sameCountCol >= 5) points += PenaltyScores.N1 + (sameCountCol - 5);
            lastCol = module2;
            sameCountCol = 1;
          }
          module2 = data.get(col, row);
          if (module2 === lastRow) {
            sameCountRow++;
          } else {
            if (sameCountRow >= 5) points += PenaltyScores.N1 + (sameCountRow - 5);
            lastRow = module2;
            sameCountRow = 1;
          }
        }
        if (sameCountCol >= 5) points += PenaltyScores.N1 + (sameCountCol - 5);
        if (sameCountRow >= 5) points += PenaltyScores.N1 + (sameCountRow - 5);
      }
      return points;
    };
    exports.getPenaltyN2 = function getPenaltyN2(data) {
      const size = data.size;
      let points = 0;
      for (let row = 0; row < size - 1; row++) {
        for (let col = 0; col < size - 1; col++) {
          const last = data.get(row, col) + data.get(row, col + 1) + data.get(row + 1, col) + data.get(row + 1, col + 1);
          if (last === 4 || last === 0) points++;
        }
      }
      return points * PenaltyScores.N2;
    };
    exports.getPenaltyN3 = function getPenaltyN3(data) {
      const size = data.size;
      let points = 0;
      let bitsCol = 0;
      let bitsRow = 0;
      for (let row = 0; row < size; row++) {
        bitsCol = bitsRow = 0;
        for (let col = 0; col < size; col++) {
          bitsCol = bitsCol << 1 & 2047 | data.get(row, col);
          if (col >= 10 && (bitsCol === 1488 || bitsCol === 93)) points++;
          bitsRow = bitsRow << 1 & 2047 | data.get(col, row);
          if (col >= 10 && (bitsRow === 1488 || bitsRow === 93)) points++;
        }
      }
      return points * PenaltyScores.N3;
    };
    exports.getPenaltyN4 = function getPenaltyN4(data) {
      let darkCount = 0;
      const modulesCount = data.data.length;
      for (let i = 0; i < modulesCount; i++) darkCount += data.data[i];
      const k = Math.abs(Math.ceil(darkCount * 100 / modulesCount / 5) - 10);
      return k * PenaltyScores.N4;
    };
    function getMaskAt(maskPattern, i, j) {
      switch (maskPattern) {
        case exports.Patterns.PATTERN000:
          return (i + j) % 2 === 0;
        case exports.Patterns.PATTERN001:
          return i % 2 === 0;
        case exports.Patterns.PATTERN010:
          return j % 3 === 0;
        case exports.Patterns.PATTERN011:
          return (i + j) % 3 === 0;
        case exports.Patterns.PATTERN100:
          return (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0;
        case exports.Patterns.PATTERN101:
          return i * j % 2 + i * j % 3 === 0;
        case exports.Patterns.PATTERN110:
          return (i * j % 2 + i * j % 3) % 2 === 0;
        case exports.Patterns.PATTERN111:
          return (i * j % 3 + (i + j) % 2) % 2 === 0;
        default:
          throw new Error("bad maskPattern:" + maskPattern);
      }
    }
    exports.applyMask = function applyMask(pattern, data) {
      const size = data.size;
      for (let col = 0; col < size; col++) {
        for (let row = 0; row < size; row++) {
          if (data.isReserved(row, col)) continue;
          data.xor(row, col, getMaskAt(pattern, row, col));
        }
      }
    };
    exports.getBestMask = function getBestMask(data, setupFormatFunc) {
      const numPatterns = Object.keys(exports.Patterns).length;
      let bestPattern = 0;
      let lowerPenalty = Infinity;
      for (let p = 0; p < numPatterns; p++) {
        setupFormatFunc(p);
        exports.applyMask(p, data);
        const penalty = exports.getPenaltyN1(data) + exports.getPenaltyN2(data) + exports.getPenaltyN3(data) + exports.getPenaltyN4(data);
        exports.applyMask(p, data);
        if (penalty < lowerPenalty) {
          lowerPenalty = penalty;
          bestPattern = p;
        }
      }
      return bestPattern;
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/error-correction-code.js
var require_error_correction_code = __commonJS({
  "../../main/node_modules/qrcode/lib/core/error-correction-code.js"(exports) {
    var ECLevel = require_error_correction_level();
    var EC_BLOCKS_TABLE = [
      // L  M  Q  H
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      2,
      2,
      1,
      2,
      2,
      4,
      1,
      2,
      4,
      4,
      2,
      4,
      4,
      4,
      2,
      4,
      6,
      5,
      2,
      4,
      6,
      6,
      2,
      5,
      8,
      8,
      4,
      5,
      8,
      8,
      4,
      5,
      8,
      11,
      4,
      8,
      10,
      11,
      4,
      9,
      12,
      16,
      4,
      9,
      16,
      16,
      6,
      10,
      12,
      18,
      6,
      10,
      17,
      16,
      6,
      11,
      16,
      19,
      6,
      13,
      18,
      21,
      7,
      14,
      21,
      25,
      8,
      16,
      20,
      25,
      8,
      17,
      23,
      25,
      9,
      17,
      23,
      34,
      9,
      18,
      25,
      30,
      10,
      20,
      27,
      32,
      12,
      21,
      29,
      35,
      12,
      23,
      34,
      37,
      12,
      25,
      34,
      40,
      13,
      26,
      35,
      42,
      14,
      28,
      38,
      45,
      15,
      29,
      40,
      48,
      16,
      31,
      43,
      51,
      17,
      33,
      45,
      54,
      18,
      35,
      48,
      57,
      19,
      37,
      51,
      60,
      19,
      38,
      53,
      63,
      20,
      40,
      56,
      66,
      21,
      43,
      59,
      70,
      22,
      45,
      62,
      74,
      24,
      47,
      65,
      77,
      25,
      49,
      68,
      81
    ];
    var EC_CODEWORDS_TABLE = [
      // L  M  Q  H
      7,
      10,
      13,
      17,
      10,
      16,
      22,
      28,
      15,
      26,
      36,
      44,
      20,
      36,
      52,
      64,
      26,
      48,
      72,
      88,
      36,
      64,
      96,
      112,
      40,
      72,
      108,
      130,
      48,
      88,
      132,
      156,
      60,
      110,
      160,
      192,
      72,
      130,
      192,
      224,
      80,
      150,
      224,
      264,
      96,
      176,
      260,
      308,
      104,
      198,
      288,
      352,
      120,
      216,
      320,
      384,
      132,
      240,
      360,
      432,
      144,
      280,
      408,
      480,
      168,
      308,
      448,
      532,
      180,
      338,
      504,
      588,
      196,
      364,
      546,
      650,
      224,
      416,
      600,
      700,
      224,
      442,
      644,
      750,
      252,
      476,
      690,
      816,
      270,
      504,
      750,
      900,
      300,
      560,
      810,
      960,
      312,
      588,
      870,
      1050,
      336,
      644,
      952,
      1110,
      360,
      700,
      1020,
      1200,
      390,
      728,
      1050,
      1260,
      420,
      784,
      1140,
      1350,
      450,
      812,
      1200,
      1440,
      480,
      868,
      1290,
      1530,
      510,
      924,
      1350,
      1620,
      540,
      980,
      1440,
      1710,
      570,
      1036,
      1530,
      1800,
      570,
      1064,
      1590,
      1890,
      600,
      1120,
      1680,
      1980,
      630,
      1204,
      1770,
      2100,
      660,
      1260,
      1860,
      2220,
      720,
      1316,
      1950,
      2310,
      750,
      1372,
      2040,
      2430
    ];
    exports.getBlocksCount = function getBlocksCount(version, errorCorrectionLevel) {
      switch (errorCorrectionLevel) {
        case ECLevel.L:
          return EC_BLOCKS_TABLE[(version - 1) * 4 + 0];
        case ECLevel.M:
          return EC_BLOCKS_TABLE[(version - 1) * 4 + 1];
        case ECLevel.Q:
          return EC_BLOCKS_TABLE[(version - 1) * 4 + 2];
        case ECLevel.H:
          return EC_BLOCKS_TABLE[(version - 1) * 4 + 3];
        default:
          return void 0;
      }
    };
    exports.getTotalCodewordsCount = function getTotalCodewordsCount(version, errorCorrectionLevel) {
      switch (errorCorrectionLevel) {
        case ECLevel.L:
          return EC_CODEWORDS_TABLE[(version - 1) * 4 + 0];
        case ECLevel.M:
          return EC_CODEWORDS_TABLE[(version - 1) * 4 + 1];
        case ECLevel.Q:
          return EC_CODEWORDS_TABLE[(version - 1) * 4 + 2];
        case ECLevel.H:
          return EC_CODEWORDS_TABLE[(version - 1) * 4 + 3];
        default:
          return void 0;
      }
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/galois-field.js
var require_galois_field = __commonJS({
  "../../main/node_modules/qrcode/lib/core/galois-field.js"(exports) {
    var EXP_TABLE = new Uint8Array(512);
    var LOG_TABLE = new Uint8Array(256);
    (function initTables() {
      let x = 1;
      for (let i = 0; i < 255; i++) {
        EXP_TABLE[i] = x;
        LOG_TABLE[x] = i;
        x <<= 1;
        if (x & 256) {
          x ^= 285;
        }
      }
      for (let i = 255; i < 512; i++) {
        EXP_TABLE[i] = EXP_TABLE[i - 255];
      }
    })();
    exports.log = function log(n) {
      if (n < 1) throw new Error("log(" + n + ")");
      return LOG_TABLE[n];
    };
    exports.exp = function exp(n) {
      return EXP_TABLE[n];
    };
    exports.mul = function mul(x, y) {
      if (x === 0 || y === 0) return 0;
      return EXP_TABLE[LOG_TABLE[x] + LOG_TABLE[y]];
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/polynomial.js
var require_polynomial = __commonJS({
  "../../main/node_modules/qrcode/lib/core/polynomial.js"(exports) {
    var GF = require_galois_field();
    exports.mul = function mul(p1, p2) {
      const coeff = new Uint8Array(p1.length + p2.length - 1);
      for (let i = 0; i < p1.length; i++) {
        for (let j = 0; j < p2.length; j++) {
          coeff[i + j] ^= GF.mul(p1[i], p2[j]);
        }
      }
      return coeff;
    };
    exports.mod = function mod(divident, divisor) {
      let result = new Uint8Array(divident);
      while (result.length - divisor.length >= 0) {
        const coeff = result[0];
        for (let i = 0; i < divisor.length; i++) {
          result[i] ^= GF.mul(divisor[i], coeff);
        }
        let offset = 0;
        while (offset < result.length && result[offset] === 0) offset++;
        result = result.slice(offset);
      }
      return result;
    };
    exports.generateECPolynomial = function generateECPolynomial(degree) {
      let poly = new Uint8Array([1]);
      for (let i = 0; i < degree; i++) {
        poly = exports.mul(poly, new Uint8Array([1, GF.exp(i)]));
      }
      return poly;
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/reed-solomon-encoder.js
var require_reed_solomon_encoder = __commonJS({
  "../../main/node_modules/qrcode/lib/core/reed-solomon-encoder.js"(exports, module) {
    var Polynomial = require_polynomial();
    function ReedSolomonEncoder(degree) {
      this.genPoly = void 0;
      this.degree = degree;
      if (this.degree) this.initialize(this.degree);
    }
    ReedSolomonEncoder.prototype.initialize = function initialize(degree) {
      this.degree = degree;
      this.genPoly = Polynomial.generateECPolynomial(this.degree);
    };
    ReedSolomonEncoder.prototype.encode = function encode(data) {
      if (!this.genPoly) {
        throw new Error("Encoder not initialized");
      }
      const paddedData = new Uint8Array(data.length + this.degree);
      paddedData.set(data);
      const remainder = Polynomial.mod(paddedData, this.genPoly);
      const start = this.degree - remainder.length;
      if (start > 0) {
        const buff = new Uint8Array(this.degree);
        buff.set(remainder, start);
        return buff;
      }
      return remainder;
    };
    module.exports = ReedSolomonEncoder;
  }
});

// ../../main/node_modules/qrcode/lib/core/version-check.js
var require_version_check = __commonJS({
  "../../main/node_modules/qrcode/lib/core/version-check.js"(exports) {
    exports.isValid = function isValid(version) {
      return !isNaN(version) && version >= 1 && version <= 40;
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/regex.js
var require_regex = __commonJS({
  "../../main/node_modules/qrcode/lib/core/regex.js"(exports) {
    var numeric = "[0-9]+";
    var alphanumeric = "[A-Z $%*+\\-./:]+";
    var kanji = "(?:[u3000-u303F]|[u3040-u309F]|[u30A0-u30FF]|[uFF00-uFFEF]|[u4E00-u9FAF]|[u2605-u2606]|[u2190-u2195]|u203B|[u2010u2015u2018u2019u2025u2026u201Cu201Du2225u2260]|[u0391-u0451]|[u00A7u00A8u00B1u00B4u00D7u00F7])+";
    kanji = kanji.replace(/u/g, "\\u");
    var byte = "(?:(?![A-Z0-9 $%*+\\-./:]|" + kanji + ")(?:.|[\r\n]))+";
    exports.KANJI = new RegExp(kanji, "g");
    exports.BYTE_KANJI = new RegExp("[^A-Z0-9 $%*+\\-./:]+", "g");
    exports.BYTE = new RegExp(byte, "g");
    exports.NUMERIC = new RegExp(numeric, "g");
    exports.ALPHANUMERIC = new RegExp(alphanumeric, "g");
    var TEST_KANJI = new RegExp("^" + kanji + "$");
    var TEST_NUMERIC = new RegExp("^" + numeric + "$");
    var TEST_ALPHANUMERIC = new RegExp("^[A-Z0-9 $%*+\\-./:]+$");
    exports.testKanji = function testKanji(str) {
      return TEST_KANJI.test(str);
    };
    exports.testNumeric = function testNumeric(str) {
      return TEST_NUMERIC.test(str);
    };
    exports.testAlphanumeric = function testAlphanumeric(str) {
      return TEST_ALPHANUMERIC.test(str);
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/mode.js
var require_mode = __commonJS({
  "../../main/node_modules/qrcode/lib/core/mode.js"(exports) {
    var VersionCheck = require_version_check();
    var Regex = require_regex();
    exports.NUMERIC = {
      id: "Numeric",
      bit: 1 << 0,
      ccBits: [10, 12, 14]
    };
    exports.ALPHANUMERIC = {
      id: "Alphanumeric",
      bit: 1 << 1,
      ccBits: [9, 11, 13]
    };
    exports.BYTE = {
      id: "Byte",
      bit: 1 << 2,
      ccBits: [8, 16, 16]
    };
    exports.KANJI = {
      id: "Kanji",
      bit: 1 << 3,
      ccBits: [8, 10, 12]
    };
    exports.MIXED = {
      bit: -1
    };
    exports.getCharCountIndicator = function getCharCountIndicator(mode, version) {
      if (!mode.ccBits) throw new Error("Invalid mode: " + mode);
      if (!VersionCheck.isValid(version)) {
        throw new Error("Invalid version: " + version);
      }
      if (version >= 1 && version < 10) return mode.ccBits[0];
      else if (version < 27) return mode.ccBits[1];
      return mode.ccBits[2];
    };
    exports.getBestModeForData = function getBestModeForData(dataStr) {
      if (Regex.testNumeric(dataStr)) return exports.NUMERIC;
      else if (Regex.testAlphanumeric(dataStr)) return exports.ALPHANUMERIC;
      else if (Regex.testKanji(dataStr)) return exports.KANJI;
      else return exports.BYTE;
    };
    exports.toString = function toString(mode) {
      if (mode && mode.id) return mode.id;
      throw new Error("Invalid mode");
    };
    exports.isValid = function isValid(mode) {
      return mode && mode.bit && mode.ccBits;
    };
    function fromString(string) {
      if (typeof string !== "string") {
        throw new Error("Param is not a string");
      }
      const lcStr = string.toLowerCase();
      switch (lcStr) {
        case "numeric":
          return exports.NUMERIC;
        case "alphanumeric":
          return exports.ALPHANUMERIC;
        case "kanji":
          return exports.KANJI;
        case "byte":
          return exports.BYTE;
        default:
          throw new Error("Unknown mode: " + string);
      }
    }
    exports.from = function from(value, defaultValue) {
      if (exports.isValid(value)) {
        return value;
      }
      try {
        return fromString(value);
      } catch (e) {
        return defaultValue;
      }
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/version.js
var require_version = __commonJS({
  "../../main/node_modules/qrcode/lib/core/version.js"(exports) {
    var Utils = require_utils();
    var ECCode = require_error_correction_code();
    var ECLevel = require_error_correction_level();
    var Mode = require_mode();
    var VersionCheck = require_version_check();
    var G18 = 1 << 12 | 1 << 11 | 1 << 10 | 1 << 9 | 1 << 8 | 1 << 5 | 1 << 2 | 1 << 0;
    var G18_BCH = Utils.getBCHDigit(G18);
    function getBestVersionForDataLength(mode, length, errorCorrectionLevel) {
      for (let currentVersion = 1; currentVersion <= 40; currentVersion++) {
        if (length <= exports.getCapacity(currentVersion, errorCorrectionLevel, mode)) {
          return currentVersion;
        }
      }
      return void 0;
    }
    function getReservedBitsCount(mode, version) {
      return Mode.getCharCountIndicator(mode, version) + 4;
    }
    function getTotalBitsFromDataArray(segments, version) {
      let totalBits = 0;
      segments.forEach(function(data) {
        const reservedBits = getReservedBitsCount(data.mode, version);
        totalBits += reservedBits + data.getBitsLength();
      });
      return totalBits;
    }
    function getBestVersionForMixedData(segments, errorCorrectionLevel) {
      for (let currentVersion = 1; currentVersion <= 40; currentVersion++) {
        const length = getTotalBitsFromDataArray(segments, currentVersion);
        if (length <= exports.getCapacity(currentVersion, errorCorrectionLevel, Mode.MIXED)) {
          return currentVersion;
        }
      }
      return void 0;
    }
    exports.from = function from(value, defaultValue) {
      if (VersionCheck.isValid(value)) {
        return parseInt(value, 10);
      }
      return defaultValue;
    };
    exports.getCapacity = function getCapacity(version, errorCorrectionLevel, mode) {
      if (!VersionCheck.isValid(version)) {
        throw new Error("Invalid QR Code version");
      }
      if (typeof mode === "undefined") mode = Mode.BYTE;
      const totalCodewords = Utils.getSymbolTotalCodewords(version);
      const ecTotalCodewords = ECCode.getTotalCodewordsCount(version, errorCorrectionLevel);
      const dataTotalCodewordsBits = (totalCodewords - ecTotalCodewords) * 8;
      if (mode === Mode.MIXED) return dataTotalCodewordsBits;
      const usableBits = dataTotalCodewordsBits - getReservedBitsCount(mode, version);
      switch (mode) {
        case Mode.NUMERIC:
          return Math.floor(usableBits / 10 * 3);
        case Mode.ALPHANUMERIC:
          return Math.floor(usableBits / 11 * 2);
        case Mode.KANJI:
          return Math.floor(usableBits / 13);
        case Mode.BYTE:
        default:
          return Math.floor(usableBits / 8);
      }
    };
    exports.getBestVersionForData = function getBestVersionForData(data, errorCorrectionLevel) {
      let seg;
      const ecl = ECLevel.from(errorCorrectionLevel, ECLevel.M);
      if (Array.isArray(data)) {
        if (data.length > 1) {
          return getBestVersionForMixedData(data, ecl);
        }
        if (data.length === 0) {
          return 1;
        }
        seg = data[0];
      } else {
        seg = data;
      }
      return getBestVersionForDataLength(seg.mode, seg.getLength(), ecl);
    };
    exports.getEncodedBits = function getEncodedBits(version) {
      if (!VersionCheck.isValid(version) || version < 7) {
        throw new Error("Invalid QR Code version");
      }
      let d = version << 12;
      while (Utils.getBCHDigit(d) - G18_BCH >= 0) {
        d ^= G18 << Utils.getBCHDigit(d) - G18_BCH;
      }
      return version << 12 | d;
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/format-info.js
var require_format_info = __commonJS({
  "../../main/node_modules/qrcode/lib/core/format-info.js"(exports) {
    var Utils = require_utils();
    var G15 = 1 << 10 | 1 << 8 | 1 << 5 | 1 << 4 | 1 << 2 | 1 << 1 | 1 << 0;
    var G15_MASK = 1 << 14 | 1 << 12 | 1 << 10 | 1 << 4 | 1 << 1;
    var G15_BCH = Utils.getBCHDigit(G15);
    exports.getEncodedBits = function getEncodedBits(errorCorrectionLevel, mask) {
      const data = errorCorrectionLevel.bit << 3 | mask;
      let d = data << 10;
      while (Utils.getBCHDigit(d) - G15_BCH >= 0) {
        d ^= G15 << Utils.getBCHDigit(d) - G15_BCH;
      }
      return (data << 10 | d) ^ G15_MASK;
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/numeric-data.js
var require_numeric_data = __commonJS({
  "../../main/node_modules/qrcode/lib/core/numeric-data.js"(exports, module) {
    var Mode = require_mode();
    function NumericData(data) {
      this.mode = Mode.NUMERIC;
      this.data = data.toString();
    }
    NumericData.getBitsLength = function getBitsLength(length) {
      return 10 * Math.floor(length / 3) + (length % 3 ? length % 3 * 3 + 1 : 0);
    };
    NumericData.prototype.getLength = function getLength() {
      return this.data.length;
    };
    NumericData.prototype.getBitsLength = function getBitsLength() {
      return NumericData.getBitsLength(this.data.length);
    };
    NumericData.prototype.write = function write(bitBuffer) {
      let i, group, value;
      for (i = 0; i + 3 <= this.data.length; i += 3) {
        group = this.data.substr(i, 3);
        value = parseInt(group, 10);
        bitBuffer.put(value, 10);
      }
      const remainingNum = this.data.length - i;
      if (remainingNum > 0) {
        group = this.data.substr(i);
        value = parseInt(group, 10);
        bitBuffer.put(value, remainingNum * 3 + 1);
      }
    };
    module.exports = NumericData;
  }
});

// ../../main/node_modules/qrcode/lib/core/alphanumeric-data.js
var require_alphanumeric_data = __commonJS({
  "../../main/node_modules/qrcode/lib/core/alphanumeric-data.js"(exports, module) {
    var Mode = require_mode();
    var ALPHA_NUM_CHARS = [
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
      "G",
      "H",
      "I",
      "J",
      "K",
      "L",
      "M",
      "N",
      "O",
      "P",
      "Q",
      "R",
      "S",
      "T",
      "U",
      "V",
      "W",
      "X",
      "Y",
      "Z",
      " ",
      "$",
      "%",
      "*",
      "+",
      "-",
      ".",
      "/",
      ":"
    ];
    function AlphanumericData(data) {
      this.mode = Mode.ALPHANUMERIC;
      this.data = data;
    }
    AlphanumericData.getBitsLength = function getBitsLength(length) {
      return 11 * Math.floor(length / 2) + 6 * (length % 2);
    };
    AlphanumericData.prototype.getLength = function getLength() {
      return this.data.length;
    };
    AlphanumericData.prototype.getBitsLength = function getBitsLength() {
      return AlphanumericData.getBitsLength(this.data.length);
    };
    AlphanumericData.prototype.write = function write(bitBuffer) {
      let i;
      for (i = 0; i + 2 <= this.data.length; i += 2) {
        let value = ALPHA_NUM_CHARS.indexOf(this.data[i]) * 45;
        value += ALPHA_NUM_CHARS.indexOf(this.data[i + 1]);
        bitBuffer.put(value, 11);
      }
      if (this.data.length % 2) {
        bitBuffer.put(ALPHA_NUM_CHARS.indexOf(this.data[i]), 6);
      }
    };
    module.exports = AlphanumericData;
  }
});

// ../../main/node_modules/qrcode/lib/core/byte-data.js
var require_byte_data = __commonJS({
  "../../main/node_modules/qrcode/lib/core/byte-data.js"(exports, module) {
    var Mode = require_mode();
    function ByteData(data) {
      this.mode = Mode.BYTE;
      if (typeof data === "string") {
        this.data = new TextEncoder().encode(data);
      } else {
        this.data = new Uint8Array(data);
      }
    }
    ByteData.getBitsLength = function getBitsLength(length) {
      return length * 8;
    };
    ByteData.prototype.getLength = function getLength() {
      return this.data.length;
    };
    ByteData.prototype.getBitsLength = function getBitsLength() {
      return ByteData.getBitsLength(this.data.length);
    };
    ByteData.prototype.write = function(bitBuffer) {
      for (let i = 0, l = this.data.length; i < l; i++) {
        bitBuffer.put(this.data[i], 8);
      }
    };
    module.exports = ByteData;
  }
});

// ../../main/node_modules/qrcode/lib/core/kanji-data.js
var require_kanji_data = __commonJS({
  "../../main/node_modules/qrcode/lib/core/kanji-data.js"(exports, module) {
    var Mode = require_mode();
    var Utils = require_utils();
    function KanjiData(data) {
      this.mode = Mode.KANJI;
      this.data = data;
    }
    KanjiData.getBitsLength = function getBitsLength(length) {
      return length * 13;
    };
    KanjiData.prototype.getLength = function getLength() {
      return this.data.length;
    };
    KanjiData.prototype.getBitsLength = function getBitsLength() {
      return KanjiData.getBitsLength(this.data.length);
    };
    KanjiData.prototype.write = function(bitBuffer) {
      let i;
      for (i = 0; i < this.data.length; i++) {
        let value = Utils.toSJIS(this.data[i]);
        if (value >= 33088 && value <= 40956) {
          value -= 33088;
        } else if (value >= 57408 && value <= 60351) {
          value -= 49472;
        } else {
          throw new Error(
            "Invalid SJIS character: " + this.data[i] + "\nMake sure your charset is UTF-8"
          );
        }
        value = (value >>> 8 & 255) * 192 + (value & 255);
        bitBuffer.put(value, 13);
      }
    };
    module.exports = KanjiData;
  }
});

// ../../main/node_modules/dijkstrajs/dijkstra.js
var require_dijkstra = __commonJS({
  "../../main/node_modules/dijkstrajs/dijkstra.js"(exports, module) {
    "use strict";
    var dijkstra = {
      single_source_shortest_paths: function(graph, s, d) {
        var predecessors = {};
        var costs = {};
        costs[s] = 0;
        var open = dijkstra.PriorityQueue.make();
        open.push(s, 0);
        var closest, u, v, cost_of_s_to_u, adjacent_nodes, cost_of_e, cost_of_s_to_u_plus_cost_of_e, cost_of_s_to_v, first_visit;
        while (!open.empty()) {
          closest = open.pop();
          u = closest.value;
          cost_of_s_to_u = closest.cost;
          adjacent_nodes = graph[u] || {};
          for (v in adjacent_nodes) {
            if (adjacent_nodes.hasOwnProperty(v)) {
              cost_of_e = adjacent_nodes[v];
              cost_of_s_to_u_plus_cost_of_e = cost_of_s_to_u + cost_of_e;
              cost_of_s_to_v = costs[v];
              first_visit = typeof costs[v] === "undefined";
              if (first_visit || cost_of_s_to_v > cost_of_s_to_u_plus_cost_of_e) {
                costs[v] = cost_of_s_to_u_plus_cost_of_e;
                open.push(v, cost_of_s_to_u_plus_cost_of_e);
                predecessors[v] = u;
              }
            }
          }
        }
        if (typeof d !== "undefined" && typeof costs[d] === "undefined") {
          var msg = ["Could not find a path from ", s, " to ", d, "."].join("");
          throw new Error(msg);
        }
        return predecessors;
      },
      extract_shortest_path_from_predecessor_list: function(predecessors, d) {
        var nodes = [];
        var u = d;
        var predecessor;
        while (u) {
          nodes.push(u);
          predecessor = predecessors[u];
          u = predecessors[u];
        }
        nodes.reverse();
        return nodes;
      },
      find_path: function(graph, s, d) {
        var predecessors = dijkstra.single_source_shortest_paths(graph, s, d);
        return dijkstra.extract_shortest_path_from_predecessor_list(
          predecessors,
          d
        );
      },
      /**
       * A very naive priority queue implementation.
       */
      PriorityQueue: {
        make: function(opts) {
          var T = dijkstra.PriorityQueue, t = {}, key;
          opts = opts || {};
          for (key in T) {
            if (T.hasOwnProperty(key)) {
              t[key] = T[key];
            }
          }
          t.queue = [];
          t.sorter = opts.sorter || T.default_sorter;
          return t;
        },
        default_sorter: function(a, b) {
          return a.cost - b.cost;
        },
        /**
         * Add a new item to the queue and ensure the highest priority element
         * is at the front of the queue.
         */
        push: function(value, cost) {
          var item = { value, cost };
          this.queue.push(item);
          this.queue.sort(this.sorter);
        },
        /**
         * Return the highest priority element in the queue.
         */
        pop: function() {
          return this.queue.shift();
        },
        empty: function() {
          return this.queue.length === 0;
        }
      }
    };
    if (typeof module !== "undefined") {
      module.exports = dijkstra;
    }
  }
});

// ../../main/node_modules/qrcode/lib/core/segments.js
var require_segments = __commonJS({
  "../../main/node_modules/qrcode/lib/core/segments.js"(exports) {
    var Mode = require_mode();
    var NumericData = require_numeric_data();
    var AlphanumericData = require_alphanumeric_data();
    var ByteData = require_byte_data();
    var KanjiData = require_kanji_data();
    var Regex = require_regex();
    var Utils = require_utils();
    var dijkstra = require_dijkstra();
    function getStringByteLength(str) {
      return unescape(encodeURIComponent(str)).length;
    }
    function getSegments(regex, mode, str) {
      const segments = [];
      let result;
      while ((result = regex.exec(str)) !== null) {
        segments.push({
          data: result[0],
          index: result.index,
          mode,
          length: result[0].length
        });
      }
      return segments;
    }
    function getSegmentsFromString(dataStr) {
      const numSegs = getSegments(Regex.NUMERIC, Mode.NUMERIC, dataStr);
      const alphaNumSegs = getSegments(Regex.ALPHANUMERIC, Mode.ALPHANUMERIC, dataStr);
      let byteSegs;
      let kanjiSegs;
      if (Utils.isKanjiModeEnabled()) {
        byteSegs = getSegments(Regex.BYTE, Mode.BYTE, dataStr);
        kanjiSegs = getSegments(Regex.KANJI, Mode.KANJI, dataStr);
      } else {
        byteSegs = getSegments(Regex.BYTE_KANJI, Mode.BYTE, dataStr);
        kanjiSegs = [];
      }
      const segs = numSegs.concat(alphaNumSegs, byteSegs, kanjiSegs);
      return segs.sort(function(s1, s2) {
        return s1.index - s2.index;
      }).map(function(obj) {
        return {
          data: obj.data,
          mode: obj.mode,
          length: obj.length
        };
      });
    }
    function getSegmentBitsLength(length, mode) {
      switch (mode) {
        case Mode.NUMERIC:
          return NumericData.getBitsLength(length);
        case Mode.ALPHANUMERIC:
          return AlphanumericData.getBitsLength(length);
        case Mode.KANJI:
          return KanjiData.getBitsLength(length);
        case Mode.BYTE:
          return ByteData.getBitsLength(length);
      }
    }
    function mergeSegments(segs) {
      return segs.reduce(function(acc, curr) {
        const prevSeg = acc.length - 1 >= 0 ? acc[acc.length - 1] : null;
        if (prevSeg && prevSeg.mode === curr.mode) {
          acc[acc.length - 1].data += curr.data;
          return acc;
        }
        acc.push(curr);
        return acc;
      }, []);
    }
    function buildNodes(segs) {
      const nodes = [];
      for (let i = 0; i < segs.length; i++) {
        const seg = segs[i];
        switch (seg.mode) {
          case Mode.NUMERIC:
            nodes.push([
              seg,
              { data: seg.data, mode: Mode.ALPHANUMERIC, length: seg.length },
              { data: seg.data, mode: Mode.BYTE, length: seg.length }
            ]);
            break;
          case Mode.ALPHANUMERIC:
            nodes.push([
              seg,
              { data: seg.data, mode: Mode.BYTE, length: seg.length }
            ]);
            break;
          case Mode.KANJI:
            nodes.push([
              seg,
              { data: seg.data, mode: Mode.BYTE, length: getStringByteLength(seg.data) }
            ]);
            break;
          case Mode.BYTE:
            nodes.push([
              { data: seg.data, mode: Mode.BYTE, length: getStringByteLength(seg.data) }
            ]);
        }
      }
      return nodes;
    }
    function buildGraph(nodes, version) {
      const table = {};
      const graph = { start: {} };
      let prevNodeIds = ["start"];
      for (let i = 0; i < nodes.length; i++) {
        const nodeGroup = nodes[i];
        const currentNodeIds = [];
        for (let j = 0; j < nodeGroup.length; j++) {
          const node = nodeGroup[j];
          const key = "" + i + j;
          currentNodeIds.push(key);
          table[key] = { node, lastCount: 0 };
          graph[key] = {};
          for (let n = 0; n < prevNodeIds.length; n++) {
            const prevNodeId = prevNodeIds[n];
            if (table[prevNodeId] && table[prevNodeId].node.mode === node.mode) {
              graph[prevNodeId][key] = getSegmentBitsLength(table[prevNodeId].lastCount + node.length, node.mode) - getSegmentBitsLength(table[prevNodeId].lastCount, node.mode);
              table[prevNodeId].lastCount += node.length;
            } else {
              if (table[prevNodeId]) table[prevNodeId].lastCount = node.length;
              graph[prevNodeId][key] = getSegmentBitsLength(node.length, node.mode) + 4 + Mode.getCharCountIndicator(node.mode, version);
            }
          }
        }
        prevNodeIds = currentNodeIds;
      }
      for (let n = 0; n < prevNodeIds.length; n++) {
        graph[prevNodeIds[n]].end = 0;
      }
      return { map: graph, table };
    }
    function buildSingleSegment(data, modesHint) {
      let mode;
      const bestMode = Mode.getBestModeForData(data);
      mode = Mode.from(modesHint, bestMode);
      if (mode !== Mode.BYTE && mode.bit < bestMode.bit) {
        throw new Error('"' + data + '" cannot be encoded with mode ' + Mode.toString(mode) + ".\n Suggested mode is: " + Mode.toString(bestMode));
      }
      if (mode === Mode.KANJI && !Utils.isKanjiModeEnabled()) {
        mode = Mode.BYTE;
      }
      switch (mode) {
        case Mode.NUMERIC:
          return new NumericData(data);
        case Mode.ALPHANUMERIC:
          return new AlphanumericData(data);
        case Mode.KANJI:
          return new KanjiData(data);
        case Mode.BYTE:
          return new ByteData(data);
      }
    }
    exports.fromArray = function fromArray(array) {
      return array.reduce(function(acc, seg) {
        if (typeof seg === "string") {
          acc.push(buildSingleSegment(seg, null));
        } else if (seg.data) {
          acc.push(buildSingleSegment(seg.data, seg.mode));
        }
        return acc;
      }, []);
    };
    exports.fromString = function fromString(data, version) {
      const segs = getSegmentsFromString(data, Utils.isKanjiModeEnabled());
      const nodes = buildNodes(segs);
      const graph = buildGraph(nodes, version);
      const path = dijkstra.find_path(graph.map, "start", "end");
      const optimizedSegs = [];
      for (let i = 1; i < path.length - 1; i++) {
        optimizedSegs.push(graph.table[path[i]].node);
      }
      return exports.fromArray(mergeSegments(optimizedSegs));
    };
    exports.rawSplit = function rawSplit(data) {
      return exports.fromArray(
        getSegmentsFromString(data, Utils.isKanjiModeEnabled())
      );
    };
  }
});

// ../../main/node_modules/qrcode/lib/core/qrcode.js
var require_qrcode = __commonJS({
  "../../main/node_modules/qrcode/lib/core/qrcode.js"(exports) {
    var Utils = require_utils();
    var ECLevel = require_error_correction_level();
    var BitBuffer = require_bit_buffer();
    var BitMatrix = require_bit_matrix();
    var AlignmentPattern = require_alignment_pattern();
    var FinderPattern = require_finder_pattern();
    var MaskPattern = require_mask_pattern();
    var ECCode = require_error_correction_code();
    var ReedSolomonEncoder = require_reed_solomon_encoder();
    var Version = require_version();
    var FormatInfo = require_format_info();
    var Mode = require_mode();
    var Segments = require_segments();
    function setupFinderPattern(matrix, version) {
      const size = matrix.size;
      const pos = FinderPattern.getPositions(version);
      for (let i = 0; i < pos.length; i++) {
        const row = pos[i][0];
        const col = pos[i][1];
        for (let r = -1; r <= 7; r++) {
          if (row + r <= -1 || size <= row + r) continue;
          for (let c = -1; c <= 7; c++) {
            if (col + c <= -1 || size <= col + c) continue;
            if (r >= 0 && r <= 6 && (c === 0 || c === 6) || c >= 0 && c <= 6 && (r === 0 || r === 6) || r >= 2 && r <= 4 && c >= 2 && c <= 4) {
              matrix.set(row + r, col + c, true, true);
            } else {
              matrix.set(row + r, col + c, false, true);
            }
          }
        }
      }
    }
    function setupTimingPattern(matrix) {
      const size = matrix.size;
      for (let r = 8; r < size - 8; r++) {
        const value = r % 2 === 0;
        matrix.set(r, 6, value, true);
        matrix.set(6, r, value, true);
      }
    }
    function setupAlignmentPattern(matrix, version) {
      const pos = AlignmentPattern.getPositions(version);
      for (let i = 0; i < pos.length; i++) {
        const row = pos[i][0];
        const col = pos[i][1];
        for (let r = -2; r <= 2; r++) {
          for (let c = -2; c <= 2; c++) {
            if (r === -2 || r === 2 || c === -2 || c === 2 || r === 0 && c === 0) {
              matrix.set(row + r, col + c, true, true);
            } else {
              matrix.set(row + r, col + c, false, true);
            }
          }
        }
      }
    }
    function setupVersionInfo(matrix, version) {
      const size = matrix.size;
      const bits = Version.getEncodedBits(version);
      let row, col, mod;
      for (let i = 0; i < 18; i++) {
        row = Math.floor(i / 3);
        col = i % 3 + size - 8 - 3;
        mod = (bits >> i & 1) === 1;
        matrix.set(row, col, mod, true);
        matrix.set(col, row, mod, true);
      }
    }
    function setupFormatInfo(matrix, errorCorrectionLevel, maskPattern) {
      const size = matrix.size;
      const bits = FormatInfo.getEncodedBits(errorCorrectionLevel, maskPattern);
      let i, mod;
      for (i = 0; i < 15; i++) {
        mod = (bits >> i & 1) === 1;
        if (i < 6) {
          matrix.set(i, 8, mod, true);
        } else if (i < 8) {
          matrix.set(i + 1, 8, mod, true);
        } else {
          matrix.set(size - 15 + i, 8, mod, true);
        }
        if (i < 8) {
          matrix.set(8, size - i - 1, mod, true);
        } else if (i < 9) {
          matrix.set(8, 15 - i - 1 + 1, mod, true);
        } else {
          matrix.set(8, 15 - i - 1, mod, true);
        }
      }
      matrix.set(size - 8, 8, 1, true);
    }
    function setupData(matrix, data) {
      const size = matrix.size;
      let inc = -1;
      let row = size - 1;
      let bitIndex = 7;
      let byteIndex = 0;
      for (let col = size - 1; col > 0; col -= 2) {
        if (col === 6) col--;
        while (true) {
          for (let c = 0; c < 2; c++) {
            if (!matrix.isReserved(row, col - c)) {
              let dark = false;
              if (byteIndex < data.length) {
                dark = (data[byteIndex] >>> bitIndex & 1) === 1;
              }
              matrix.set(row, col - c, dark);
              bitIndex--;
              if (bitIndex === -1) {
                byteIndex++;
                bitIndex = 7;
              }
            }
          }
          row += inc;
          if (row < 0 || size <= row) {
            row -= inc;
            inc = -inc;
            break;
          }
        }
      }
    }
    function createData(version, errorCorrectionLevel, segments) {
      const buffer = new BitBuffer();
      segments.forEach(function(data) {
        buffer.put(data.mode.bit, 4);
        buffer.put(data.getLength(), Mode.getCharCountIndicator(data.mode, version));
        data.write(buffer);
      });
      const totalCodewords = Utils.getSymbolTotalCodewords(version);
      const ecTotalCodewords = ECCode.getTotalCodewordsCount(version, errorCorrectionLevel);
      const dataTotalCodewordsBits = (totalCodewords - ecTotalCodewords) * 8;
      if (buffer.getLengthInBits() + 4 <= dataTotalCodewordsBits) {
        buffer.put(0, 4);
      }
      while (buffer.getLengthInBits() % 8 !== 0) {
        buffer.putBit(0);
      }
      const remainingByte = (dataTotalCodewordsBits - buffer.getLengthInBits()) / 8;
      for (let i = 0; i < remainingByte; i++) {
        buffer.put(i % 2 ? 17 : 236, 8);
      }
      return createCodewords(buffer, version, errorCorrectionLevel);
    }
    function createCodewords(bitBuffer, version, errorCorrectionLevel) {
      const totalCodewords = Utils.getSymbolTotalCodewords(version);
      const ecTotalCodewords = ECCode.getTotalCodewordsCount(version, errorCorrectionLevel);
      const dataTotalCodewords = totalCodewords - ecTotalCodewords;
      const ecTotalBlocks = ECCode.getBlocksCount(version, errorCorrectionLevel);
      const blocksInGroup2 = totalCodewords % ecTotalBlocks;
      const blocksInGroup1 = ecTotalBlocks - blocksInGroup2;
      const totalCodewordsInGroup1 = Math.floor(totalCodewords / ecTotalBlocks);
      const dataCodewordsInGroup1 = Math.floor(dataTotalCodewords / ecTotalBlocks);
      const dataCodewordsInGroup2 = dataCodewordsInGroup1 + 1;
      const ecCount = totalCodewordsInGroup1 - dataCodewordsInGroup1;
      const rs = new ReedSolomonEncoder(ecCount);
      let offset = 0;
      const dcData = new Array(ecTotalBlocks);
      const ecData = new Array(ecTotalBlocks);
      let maxDataSize = 0;
      const buffer = new Uint8Array(bitBuffer.buffer);
      for (let b = 0; b < ecTotalBlocks; b++) {
        const dataSize = b < blocksInGroup1 ? dataCodewordsInGroup1 : dataCodewordsInGroup2;
        dcData[b] = buffer.slice(offset, offset + dataSize);
        ecData[b] = rs.encode(dcData[b]);
        offset += dataSize;
        maxDataSize = Math.max(maxDataSize, dataSize);
      }
      const data = new Uint8Array(totalCodewords);
      let index = 0;
      let i, r;
      for (i = 0; i < maxDataSize; i++) {
        for (r = 0; r < ecTotalBlocks; r++) {
          if (i < dcData[r].length) {
            data[index++] = dcData[r][i];
          }
        }
      }
      for (i = 0; i < ecCount; i++) {
        for (r = 0; r < ecTotalBlocks; r++) {
          data[index++] = ecData[r][i];
        }
      }
      return data;
    }
    function createSymbol(data, version, errorCorrectionLevel, maskPattern) {
      let segments;
      if (Array.isArray(data)) {
        segments = Segments.fromArray(data);
      } else if (typeof data === "string") {
        let estimatedVersion = version;
        if (!estimatedVersion) {
          const rawSegments = Segments.rawSplit(data);
          estimatedVersion = Version.getBestVersionForData(rawSegments, errorCorrectionLevel);
        }
        segments = Segments.fromString(data, estimatedVersion || 40);
      } else {
        throw new Error("Invalid data");
      }
      const bestVersion = Version.getBestVersionForData(segments, errorCorrectionLevel);
      if (!bestVersion) {
        throw new Error("The amount of data is too big to be stored in a QR Code");
      }
      if (!version) {
        version = bestVersion;
      } else if (version < bestVersion) {
        throw new Error(
          "\nThe chosen QR Code version cannot contain this amount of data.\nMinimum version required to store current data is: " + bestVersion + ".\n"
        );
      }
      const dataBits = createData(version, errorCorrectionLevel, segments);
      const moduleCount = Utils.getSymbolSize(version);
      const modules = new BitMatrix(moduleCount);
      setupFinderPattern(modules, version);
      setupTimingPattern(modules);
      setupAlignmentPattern(modules, version);
      setupFormatInfo(modules, errorCorrectionLevel, 0);
      if (version >= 7) {
        setupVersionInfo(modules, version);
      }
      setupData(modules, dataBits);
      if (isNaN(maskPattern)) {
        maskPattern = MaskPattern.getBestMask(
          modules,
          setupFormatInfo.bind(null, modules, errorCorrectionLevel)
        );
      }
      MaskPattern.applyMask(maskPattern, modules);
      setupFormatInfo(modules, errorCorrectionLevel, maskPattern);
      return {
        modules,
        version,
        errorCorrectionLevel,
        maskPattern,
        segments
      };
    }
    exports.create = function create(data, options) {
      if (typeof data === "undefined" || data === "") {
        throw new Error("No input text");
      }
      let errorCorrectionLevel = ECLevel.M;
      let version;
      let mask;
      if (typeof options !== "undefined") {
        errorCorrectionLevel = ECLevel.from(options.errorCorrectionLevel, ECLevel.M);
        version = Version.from(options.version);
        mask = MaskPattern.from(options.maskPattern);
        if (options.toSJISFunc) {
          Utils.setToSJISFunction(options.toSJISFunc);
        }
      }
      return createSymbol(data, version, errorCorrectionLevel, mask);
    };
  }
});

// ../../main/node_modules/pngjs/lib/chunkstream.js
var require_chunkstream = __commonJS({
  "../../main/node_modules/pngjs/lib/chunkstream.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var Stream = __require("stream");
    var ChunkStream = module.exports = function() {
      Stream.call(this);
      this._buffers = [];
      this._buffered = 0;
      this._reads = [];
      this._paused = false;
      this._encoding = "utf8";
      this.writable = true;
    };
    util.inherits(ChunkStream, Stream);
    ChunkStream.prototype.read = function(length, callback) {
      this._reads.push({
        length: Math.abs(length),
        // if length < 0 then at most this length
        allowLess: length < 0,
        func: callback
      });
      process.nextTick(
        function() {
          this._process();
          if (this._paused && this._reads && this._reads.length > 0) {
            this._paused = false;
            this.emit("drain");
          }
        }.bind(this)
      );
    };
    ChunkStream.prototype.write = function(data, encoding) {
      if (!this.writable) {
        this.emit("error", new Error("Stream not writable"));
        return false;
      }
      let dataBuffer;
      if (Buffer.isBuffer(data)) {
        dataBuffer = data;
      } else {
        dataBuffer = Buffer.from(data, encoding || this._encoding);
      }
      this._buffers.push(dataBuffer);
      this._buffered += dataBuffer.length;
      this._process();
      if (this._reads && this._reads.length === 0) {
        this._paused = true;
      }
      return this.writable && !this._paused;
    };
    ChunkStream.prototype.end = function(data, encoding) {
      if (data) {
        this.write(data, encoding);
      }
      this.writable = false;
      if (!this._buffers) {
        return;
      }
      if (this._buffers.length === 0) {
        this._end();
      } else {
        this._buffers.push(null);
        this._process();
      }
    };
    ChunkStream.prototype.destroySoon = ChunkStream.prototype.end;
    ChunkStream.prototype._end = function() {
      if (this._reads.length > 0) {
        this.emit("error", new Error("Unexpected end of input"));
      }
      this.destroy();
    };
    ChunkStream.prototype.destroy = function() {
      if (!this._buffers) {
        return;
      }
      this.writable = false;
      this._reads = null;
      this._buffers = null;
      this.emit("close");
    };
    ChunkStream.prototype._processReadAllowingLess = function(read) {
      this._reads.shift();
      let smallerBuf = this._buffers[0];
      if (smallerBuf.length > read.length) {
        this._buffered -= read.length;
        this._buffers[0] = smallerBuf.slice(read.length);
        read.func.call(this, smallerBuf.slice(0, read.length));
      } else {
        this._buffered -= smallerBuf.length;
        this._buffers.shift();
        read.func.call(this, smallerBuf);
      }
    };
    ChunkStream.prototype._processRead = function(read) {
      this._reads.shift();
      let pos = 0;
      let count = 0;
      let data = Buffer.alloc(read.length);
      while (pos < read.length) {
        let buf = this._buffers[count++];
        let len = Math.min(buf.length, read.length - pos);
        buf.copy(data, pos, 0, len);
        pos += len;
        if (len !== buf.length) {
          this._buffers[--count] = buf.slice(len);
        }
      }
      if (count > 0) {
        this._buffers.splice(0, count);
      }
      this._buffered -= read.length;
      read.func.call(this, data);
    };
    ChunkStream.prototype._process = function() {
      try {
        while (this._buffered > 0 && this._reads && this._reads.length > 0) {
          let read = this._reads[0];
          if (read.allowLess) {
            this._processReadAllowingLess(read);
          } else if (this._buffered >= read.length) {
            this._processRead(read);
          } else {
            break;
          }
        }
        if (this._buffers && !this.writable) {
          this._end();
        }
      } catch (ex) {
        this.emit("error", ex);
      }
    };
  }
});

// ../../main/node_modules/pngjs/lib/interlace.js
var require_interlace = __commonJS({
  "../../main/node_modules/pngjs/lib/interlace.js"(exports) {
    "use strict";
    var imagePasses = [
      {
        // pass 1 - 1px
        x: [0],
        y: [0]
      },
      {
        // pass 2 - 1px
        x: [4],
        y: [0]
      },
      {
        // pass 3 - 2px
        x: [0, 4],
        y: [4]
      },
      {
        // pass 4 - 4px
        x: [2, 6],
        y: [0, 4]
      },
      {
        // pass 5 - 8px
        x: [0, 2, 4, 6],
        y: [2, 6]
      },
      {
        // pass 6 - 16px
        x: [1, 3, 5, 7],
        y: [0, 2, 4, 6]
      },
      {
        // pass 7 - 32px
        x: [0, 1, 2, 3, 4, 5, 6, 7],
        y: [1, 3, 5, 7]
      }
    ];
    exports.getImagePasses = function(width, height) {
      let images = [];
      let xLeftOver = width % 8;
      let yLeftOver = height % 8;
      let xRepeats = (width - xLeftOver) / 8;
      let yRepeats = (height - yLeftOver) / 8;
      for (let i = 0; i < imagePasses.length; i++) {
        let pass = imagePasses[i];
        let passWidth = xRepeats * pass.x.length;
        let passHeight = yRepeats * pass.y.length;
        for (let j = 0; j < pass.x.length; j++) {
          if (pass.x[j] < xLeftOver) {
            passWidth++;
          } else {
            break;
          }
        }
        for (let j = 0; j < pass.y.length; j++) {
          if (pass.y[j] < yLeftOver) {
            passHeight++;
          } else {
            break;
          }
        }
        if (passWidth > 0 && passHeight > 0) {
          images.push({ width: passWidth, height: passHeight, index: i });
        }
      }
      return images;
    };
    exports.getInterlaceIterator = function(width) {
      return function(x, y, pass) {
        let outerXLeftOver = x % imagePasses[pass].x.length;
        let outerX = (x - outerXLeftOver) / imagePasses[pass].x.length * 8 + imagePasses[pass].x[outerXLeftOver];
        let outerYLeftOver = y % imagePasses[pass].y.length;
        let outerY = (y - outerYLeftOver) / imagePasses[pass].y.length * 8 + imagePasses[pass].y[outerYLeftOver];
        return outerX * 4 + outerY * width * 4;
      };
    };
  }
});

// ../../main/node_modules/pngjs/lib/paeth-predictor.js
var require_paeth_predictor = __commonJS({
  "../../main/node_modules/pngjs/lib/paeth-predictor.js"(exports, module) {
    "use strict";
    module.exports = function paethPredictor(left, above, upLeft) {
      let paeth = left + above - upLeft;
      let pLeft = Math.abs(paeth - left);
      let pAbove = Math.abs(paeth - above);
      let pUpLeft = Math.abs(paeth - upLeft);
      if (pLeft <= pAbove && pLeft <= pUpLeft) {
        return left;
      }
      if (pAbove <= pUpLeft) {
        return above;
      }
      return upLeft;
    };
  }
});

// ../../main/node_modules/pngjs/lib/filter-parse.js
var require_filter_parse = __commonJS({
  "../../main/node_modules/pngjs/lib/filter-parse.js"(exports, module) {
    "use strict";
    var interlaceUtils = require_interlace();
    var paethPredictor = require_paeth_predictor();
    function getByteWidth(width, bpp, depth) {
      let byteWidth = width * bpp;
      if (depth !== 8) {
        byteWidth = Math.ceil(byteWidth / (8 / depth));
      }
      return byteWidth;
    }
    var Filter = module.exports = function(bitmapInfo, dependencies) {
      let width = bitmapInfo.width;
      let height = bitmapInfo.height;
      let interlace = bitmapInfo.interlace;
      let bpp = bitmapInfo.bpp;
      let depth = bitmapInfo.depth;
      this.read = dependencies.read;
      this.write = dependencies.write;
      this.complete = dependencies.complete;
      this._imageIndex = 0;
      this._images = [];
      if (interlace) {
        let passes = interlaceUtils.getImagePasses(width, height);
        for (let i = 0; i < passes.length; i++) {
          this._images.push({
            byteWidth: getByteWidth(passes[i].width, bpp, depth),
            height: passes[i].height,
            lineIndex: 0
          });
        }
      } else {
        this._images.push({
          byteWidth: getByteWidth(width, bpp, depth),
          height,
          lineIndex: 0
        });
      }
      if (depth === 8) {
        this._xComparison = bpp;
      } else if (depth === 16) {
        this._xComparison = bpp * 2;
      } else {
        this._xComparison = 1;
      }
    };
    Filter.prototype.start = function() {
      this.read(
        this._images[this._imageIndex].byteWidth + 1,
        this._reverseFilterLine.bind(this)
      );
    };
    Filter.prototype._unFilterType1 = function(rawData, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      for (let x = 0; x < byteWidth; x++) {
        let rawByte = rawData[1 + x];
        let f1Left = x > xBiggerThan ? unfilteredLine[x - xComparison] : 0;
        unfilteredLine[x] = rawByte + f1Left;
      }
    };
    Filter.prototype._unFilterType2 = function(rawData, unfilteredLine, byteWidth) {
      let lastLine = this._lastLine;
      for (let x = 0; x < byteWidth; x++) {
        let rawByte = rawData[1 + x];
        let f2Up = lastLine ? lastLine[x] : 0;
        unfilteredLine[x] = rawByte + f2Up;
      }
    };
    Filter.prototype._unFilterType3 = function(rawData, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      let lastLine = this._lastLine;
      for (let x = 0; x < byteWidth; x++) {
        let rawByte = rawData[1 + x];
        let f3Up = lastLine ? lastLine[x] : 0;
        let f3Left = x > xBiggerThan ? unfilteredLine[x - xComparison] : 0;
        let f3Add = Math.floor((f3Left + f3Up) / 2);
        unfilteredLine[x] = rawByte + f3Add;
      }
    };
    Filter.prototype._unFilterType4 = function(rawData, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      let lastLine = this._lastLine;
      for (let x = 0; x < byteWidth; x++) {
        let rawByte = rawData[1 + x];
        let f4Up = lastLine ? lastLine[x] : 0;
        let f4Left = x > xBiggerThan ? unfilteredLine[x - xComparison] : 0;
        let f4UpLeft = x > xBiggerThan && lastLine ? lastLine[x - xComparison] : 0;
        let f4Add = paethPredictor(f4Left, f4Up, f4UpLeft);
        unfilteredLine[x] = rawByte + f4Add;
      }
    };
    Filter.prototype._reverseFilterLine = function(rawData) {
      let filter = rawData[0];
      let unfilteredLine;
      let currentImage = this._images[this._imageIndex];
      let byteWidth = currentImage.byteWidth;
      if (filter === 0) {
        unfilteredLine = rawData.slice(1, byteWidth + 1);
      } else {
        unfilteredLine = Buffer.alloc(byteWidth);
        switch (filter) {
          case 1:
            this._unFilterType1(rawData, unfilteredLine, byteWidth);
            break;
          case 2:
            this._unFilterType2(rawData, unfilteredLine, byteWidth);
            break;
          case 3:
            this._unFilterType3(rawData, unfilteredLine, byteWidth);
            break;
          case 4:
            this._unFilterType4(rawData, unfilteredLine, byteWidth);
            break;
          default:
            throw new Error("Unrecognised filter type - " + filter);
        }
      }
      this.write(unfilteredLine);
      currentImage.lineIndex++;
      if (currentImage.lineIndex >= currentImage.height) {
        this._lastLine = null;
        this._imageIndex++;
        currentImage = this._images[this._imageIndex];
      } else {
        this._lastLine = unfilteredLine;
      }
      if (currentImage) {
        this.read(currentImage.byteWidth + 1, this._reverseFilterLine.bind(this));
      } else {
        this._lastLine = null;
        this.complete();
      }
    };
  }
});

// ../../main/node_modules/pngjs/lib/filter-parse-async.js
var require_filter_parse_async = __commonJS({
  "../../main/node_modules/pngjs/lib/filter-parse-async.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var ChunkStream = require_chunkstream();
    var Filter = require_filter_parse();
    var FilterAsync = module.exports = function(bitmapInfo) {
      ChunkStream.call(this);
      let buffers = [];
      let that = this;
      this._filter = new Filter(bitmapInfo, {
        read: this.read.bind(this),
        write: function(buffer) {
          buffers.push(buffer);
        },
        complete: function() {
          that.emit("complete", Buffer.concat(buffers));
        }
      });
      this._filter.start();
    };
    util.inherits(FilterAsync, ChunkStream);
  }
});

// ../../main/node_modules/pngjs/lib/constants.js
var require_constants = __commonJS({
  "../../main/node_modules/pngjs/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      PNG_SIGNATURE: [137, 80, 78, 71, 13, 10, 26, 10],
      TYPE_IHDR: 1229472850,
      TYPE_IEND: 1229278788,
      TYPE_IDAT: 1229209940,
      TYPE_PLTE: 1347179589,
      TYPE_tRNS: 1951551059,
      // eslint-disable-line camelcase
      TYPE_gAMA: 1732332865,
      // eslint-disable-line camelcase
      // color-type bits
      COLORTYPE_GRAYSCALE: 0,
      COLORTYPE_PALETTE: 1,
      COLORTYPE_COLOR: 2,
      COLORTYPE_ALPHA: 4,
      // e.g. grayscale and alpha
      // color-type combinations
      COLORTYPE_PALETTE_COLOR: 3,
      COLORTYPE_COLOR_ALPHA: 6,
      COLORTYPE_TO_BPP_MAP: {
        0: 1,
        2: 3,
        3: 1,
        4: 2,
        6: 4
      },
      GAMMA_DIVISION: 1e5
    };
  }
});

// ../../main/node_modules/pngjs/lib/crc.js
var require_crc = __commonJS({
  "../../main/node_modules/pngjs/lib/crc.js"(exports, module) {
    "use strict";
    var crcTable = [];
    (function() {
      for (let i = 0; i < 256; i++) {
        let currentCrc = i;
        for (let j = 0; j < 8; j++) {
          if (currentCrc & 1) {
            currentCrc = 3988292384 ^ currentCrc >>> 1;
          } else {
            currentCrc = currentCrc >>> 1;
          }
        }
        crcTable[i] = currentCrc;
      }
    })();
    var CrcCalculator = module.exports = function() {
      this._crc = -1;
    };
    CrcCalculator.prototype.write = function(data) {
      for (let i = 0; i < data.length; i++) {
        this._crc = crcTable[(this._crc ^ data[i]) & 255] ^ this._crc >>> 8;
      }
      return true;
    };
    CrcCalculator.prototype.crc32 = function() {
      return this._crc ^ -1;
    };
    CrcCalculator.crc32 = function(buf) {
      let crc = -1;
      for (let i = 0; i < buf.length; i++) {
        crc = crcTable[(crc ^ buf[i]) & 255] ^ crc >>> 8;
      }
      return crc ^ -1;
    };
  }
});

// ../../main/node_modules/pngjs/lib/parser.js
var require_parser = __commonJS({
  "../../main/node_modules/pngjs/lib/parser.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var CrcCalculator = require_crc();
    var Parser = module.exports = function(options, dependencies) {
      this._options = options;
      options.checkCRC = options.checkCRC !== false;
      this._hasIHDR = false;
      this._hasIEND = false;
      this._emittedHeadersFinished = false;
      this._palette = [];
      this._colorType = 0;
      this._chunks = {};
      this._chunks[constants.TYPE_IHDR] = this._handleIHDR.bind(this);
      this._chunks[constants.TYPE_IEND] = this._handleIEND.bind(this);
      this._chunks[constants.TYPE_IDAT] = this._handleIDAT.bind(this);
      this._chunks[constants.TYPE_PLTE] = this._handlePLTE.bind(this);
      this._chunks[constants.TYPE_tRNS] = this._handleTRNS.bind(this);
      this._chunks[constants.TYPE_gAMA] = this._handleGAMA.bind(this);
      this.read = dependencies.read;
      this.error = dependencies.error;
      this.metadata = dependencies.metadata;
      this.gamma = dependencies.gamma;
      this.transColor = dependencies.transColor;
      this.palette = dependencies.palette;
      this.parsed = dependencies.parsed;
      this.inflateData = dependencies.inflateData;
      this.finished = dependencies.finished;
      this.simpleTransparency = dependencies.simpleTransparency;
      this.headersFinished = dependencies.headersFinished || function() {
      };
    };
    Parser.prototype.start = function() {
      this.read(constants.PNG_SIGNATURE.length, this._parseSignature.bind(this));
    };
    Parser.prototype._parseSignature = function(data) {
      let signature = constants.PNG_SIGNATURE;
      for (let i = 0; i < signature.length; i++) {
        if (data[i] !== signature[i]) {
          this.error(new Error("Invalid file signature"));
          return;
        }
      }
      this.read(8, this._parseChunkBegin.bind(this));
    };
    Parser.prototype._parseChunkBegin = function(data) {
      let length = data.readUInt32BE(0);
      let type = data.readUInt32BE(4);
      let name = "";
      for (let i = 4; i < 8; i++) {
        name += String.fromCharCode(data[i]);
      }
      let ancillary = Boolean(data[4] & 32);
      if (!this._hasIHDR && type !== constants.TYPE_IHDR) {
        this.error(new Error("Expected IHDR on beggining"));
        return;
      }
      this._crc = new CrcCalculator();
      this._crc.write(Buffer.from(name));
      if (this._chunks[type]) {
        return this._chunks[type](length);
      }
      if (!ancillary) {
        this.error(new Error("Unsupported critical chunk type " + name));
        return;
      }
      this.read(length + 4, this._skipChunk.bind(this));
    };
    Parser.prototype._skipChunk = function() {
      this.read(8, this._parseChunkBegin.bind(this));
    };
    Parser.prototype._handleChunkEnd = function() {
      this.read(4, this._parseChunkEnd.bind(this));
    };
    Parser.prototype._parseChunkEnd = function(data) {
      let fileCrc = data.readInt32BE(0);
      let calcCrc = this._crc.crc32();
      if (this._options.checkCRC && calcCrc !== fileCrc) {
        this.error(new Error("Crc error - " + fileCrc + " - " + calcCrc));
        return;
      }
      if (!this._hasIEND) {
        this.read(8, this._parseChunkBegin.bind(this));
      }
    };
    Parser.prototype._handleIHDR = function(length) {
      this.read(length, this._parseIHDR.bind(this));
    };
    Parser.prototype._parseIHDR = function(data) {
      this._crc.write(data);
      let width = data.readUInt32BE(0);
      let height = data.readUInt32BE(4);
      let depth = data[8];
      let colorType = data[9];
      let compr = data[10];
      let filter = data[11];
      let interlace = data[12];
      if (depth !== 8 && depth !== 4 && depth !== 2 && depth !== 1 && depth !== 16) {
        this.error(new Error("Unsupported bit depth " + depth));
        return;
      }
      if (!(colorType in constants.COLORTYPE_TO_BPP_MAP)) {
        this.error(new Error("Unsupported color type"));
        return;
      }
      if (compr !== 0) {
        this.error(new Error("Unsupported compression method"));
        return;
      }
      if (filter !== 0) {
        this.error(new Error("Unsupported filter method"));
        return;
      }
      if (interlace !== 0 && interlace !== 1) {
        this.error(new Error("Unsupported interlace method"));
        return;
      }
      this._colorType = colorType;
      let bpp = constants.COLORTYPE_TO_BPP_MAP[this._colorType];
      this._hasIHDR = true;
      this.metadata({
        width,
        height,
        depth,
        interlace: Boolean(interlace),
        palette: Boolean(colorType & constants.COLORTYPE_PALETTE),
        color: Boolean(colorType & constants.COLORTYPE_COLOR),
        alpha: Boolean(colorType & constants.COLORTYPE_ALPHA),
        bpp,
        colorType
      });
      this._handleChunkEnd();
    };
    Parser.prototype._handlePLTE = function(length) {
      this.read(length, this._parsePLTE.bind(this));
    };
    Parser.prototype._parsePLTE = function(data) {
      this._crc.write(data);
      let entries = Math.floor(data.length / 3);
      for (let i = 0; i < entries; i++) {
        this._palette.push([data[i * 3], data[i * 3 + 1], data[i * 3 + 2], 255]);
      }
      this.palette(this._palette);
      this._handleChunkEnd();
    };
    Parser.prototype._handleTRNS = function(length) {
      this.simpleTransparency();
      this.read(length, this._parseTRNS.bind(this));
    };
    Parser.prototype._parseTRNS = function(data) {
      this._crc.write(data);
      if (this._colorType === constants.COLORTYPE_PALETTE_COLOR) {
        if (this._palette.length === 0) {
          this.error(new Error("Transparency chunk must be after palette"));
          return;
        }
        if (data.length > this._palette.length) {
          this.error(new Error("More transparent colors than palette size"));
          return;
        }
        for (let i = 0; i < data.length; i++) {
          this._palette[i][3] = data[i];
        }
        this.palette(this._palette);
      }
      if (this._colorType === constants.COLORTYPE_GRAYSCALE) {
        this.transColor([data.readUInt16BE(0)]);
      }
      if (this._colorType === constants.COLORTYPE_COLOR) {
        this.transColor([
          data.readUInt16BE(0),
          data.readUInt16BE(2),
          data.readUInt16BE(4)
        ]);
      }
      this._handleChunkEnd();
    };
    Parser.prototype._handleGAMA = function(length) {
      this.read(length, this._parseGAMA.bind(this));
    };
    Parser.prototype._parseGAMA = function(data) {
      this._crc.write(data);
      this.gamma(data.readUInt32BE(0) / constants.GAMMA_DIVISION);
      this._handleChunkEnd();
    };
    Parser.prototype._handleIDAT = function(length) {
      if (!this._emittedHeadersFinished) {
        this._emittedHeadersFinished = true;
        this.headersFinished();
      }
      this.read(-length, this._parseIDAT.bind(this, length));
    };
    Parser.prototype._parseIDAT = function(length, data) {
      this._crc.write(data);
      if (this._colorType === constants.COLORTYPE_PALETTE_COLOR && this._palette.length === 0) {
        throw new Error("Expected palette not found");
      }
      this.inflateData(data);
      let leftOverLength = length - data.length;
      if (leftOverLength > 0) {
        this._handleIDAT(leftOverLength);
      } else {
        this._handleChunkEnd();
      }
    };
    Parser.prototype._handleIEND = function(length) {
      this.read(length, this._parseIEND.bind(this));
    };
    Parser.prototype._parseIEND = function(data) {
      this._crc.write(data);
      this._hasIEND = true;
      this._handleChunkEnd();
      if (this.finished) {
        this.finished();
      }
    };
  }
});

// ../../main/node_modules/pngjs/lib/bitmapper.js
var require_bitmapper = __commonJS({
  "../../main/node_modules/pngjs/lib/bitmapper.js"(exports) {
    "use strict";
    var interlaceUtils = require_interlace();
    var pixelBppMapper = [
      // 0 - dummy entry
      function() {
      },
      // 1 - L
      // 0: 0, 1: 0, 2: 0, 3: 0xff
      function(pxData, data, pxPos, rawPos) {
        if (rawPos === data.length) {
          throw new Error("Ran out of data");
        }
        let pixel = data[rawPos];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = 255;
      },
      // 2 - LA
      // 0: 0, 1: 0, 2: 0, 3: 1
      function(pxData, data, pxPos, rawPos) {
        if (rawPos + 1 >= data.length) {
          throw new Error("Ran out of data");
        }
        let pixel = data[rawPos];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = data[rawPos + 1];
      },
      // 3 - RGB
      // 0: 0, 1: 1, 2: 2, 3: 0xff
      function(pxData, data, pxPos, rawPos) {
        if (rawPos + 2 >= data.length) {
          throw new Error("Ran out of data");
        }
        pxData[pxPos] = data[rawPos];
        pxData[pxPos + 1] = data[rawPos + 1];
        pxData[pxPos + 2] = data[rawPos + 2];
        pxData[pxPos + 3] = 255;
      },
      // 4 - RGBA
      // 0: 0, 1: 1, 2: 2, 3: 3
      function(pxData, data, pxPos, rawPos) {
        if (rawPos + 3 >= data.length) {
          throw new Error("Ran out of data");
        }
        pxData[pxPos] = data[rawPos];
        pxData[pxPos + 1] = data[rawPos + 1];
        pxData[pxPos + 2] = data[rawPos + 2];
        pxData[pxPos + 3] = data[rawPos + 3];
      }
    ];
    var pixelBppCustomMapper = [
      // 0 - dummy entry
      function() {
      },
      // 1 - L
      // 0: 0, 1: 0, 2: 0, 3: 0xff
      function(pxData, pixelData, pxPos, maxBit) {
        let pixel = pixelData[0];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = maxBit;
      },
      // 2 - LA
      // 0: 0, 1: 0, 2: 0, 3: 1
      function(pxData, pixelData, pxPos) {
        let pixel = pixelData[0];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = pixelData[1];
      },
      // 3 - RGB
      // 0: 0, 1: 1, 2: 2, 3: 0xff
      function(pxData, pixelData, pxPos, maxBit) {
        pxData[pxPos] = pixelData[0];
        pxData[pxPos + 1] = pixelData[1];
        pxData[pxPos + 2] = pixelData[2];
        pxData[pxPos + 3] = maxBit;
      },
      // 4 - RGBA
      // 0: 0, 1: 1, 2: 2, 3: 3
      function(pxData, pixelData, pxPos) {
        pxData[pxPos] = pixelData[0];
        pxData[pxPos + 1] = pixelData[1];
        pxData[pxPos + 2] = pixelData[2];
        pxData[pxPos + 3] = pixelData[3];
      }
    ];
    function bitRetriever(data, depth) {
      let leftOver = [];
      let i = 0;
      function split() {
        if (i === data.length) {
          throw new Error("Ran out of data");
        }
        let byte = data[i];
        i++;
        let byte8, byte7, byte6, byte5, byte4, byte3, byte2, byte1;
        switch (depth) {
          default:
            throw new Error("unrecognised depth");
          case 16:
            byte2 = data[i];
            i++;
            leftOver.push((byte << 8) + byte2);
            break;
          case 4:
            byte2 = byte & 15;
            byte1 = byte >> 4;
            leftOver.push(byte1, byte2);
            break;
          case 2:
            byte4 = byte & 3;
            byte3 = byte >> 2 & 3;
            byte2 = byte >> 4 & 3;
            byte1 = byte >> 6 & 3;
            leftOver.push(byte1, byte2, byte3, byte4);
            break;
          case 1:
            byte8 = byte & 1;
            byte7 = byte >> 1 & 1;
            byte6 = byte >> 2 & 1;
            byte5 = byte >> 3 & 1;
            byte4 = byte >> 4 & 1;
            byte3 = byte >> 5 & 1;
            byte2 = byte >> 6 & 1;
            byte1 = byte >> 7 & 1;
            leftOver.push(byte1, byte2, byte3, byte4, byte5, byte6, byte7, byte8);
            break;
        }
      }
      return {
        get: function(count) {
          while (leftOver.length < count) {
            split();
          }
          let returner = leftOver.slice(0, count);
          leftOver = leftOver.slice(count);
          return returner;
        },
        resetAfterLine: function() {
          leftOver.length = 0;
        },
        end: function() {
          if (i !== data.length) {
            throw new Error("extra data found");
          }
        }
      };
    }
    function mapImage8Bit(image, pxData, getPxPos, bpp, data, rawPos) {
      let imageWidth = image.width;
      let imageHeight = image.height;
      let imagePass = image.index;
      for (let y = 0; y < imageHeight; y++) {
        for (let x = 0; x < imageWidth; x++) {
          let pxPos = getPxPos(x, y, imagePass);
          pixelBppMapper[bpp](pxData, data, pxPos, rawPos);
          rawPos += bpp;
        }
      }
      return rawPos;
    }
    function mapImageCustomBit(image, pxData, getPxPos, bpp, bits, maxBit) {
      let imageWidth = image.width;
      let imageHeight = image.height;
      let imagePass = image.index;
      for (let y = 0; y < imageHeight; y++) {
        for (let x = 0; x < imageWidth; x++) {
          let pixelData = bits.get(bpp);
          let pxPos = getPxPos(x, y, imagePass);
          pixelBppCustomMapper[bpp](pxData, pixelData, pxPos, maxBit);
        }
        bits.resetAfterLine();
      }
    }
    exports.dataToBitMap = function(data, bitmapInfo) {
      let width = bitmapInfo.width;
      let height = bitmapInfo.height;
      let depth = bitmapInfo.depth;
      let bpp = bitmapInfo.bpp;
      let interlace = bitmapInfo.interlace;
      let bits;
      if (depth !== 8) {
        bits = bitRetriever(data, depth);
      }
      let pxData;
      if (depth <= 8) {
        pxData = Buffer.alloc(width * height * 4);
      } else {
        pxData = new Uint16Array(width * height * 4);
      }
      let maxBit = Math.pow(2, depth) - 1;
      let rawPos = 0;
      let images;
      let getPxPos;
      if (interlace) {
        images = interlaceUtils.getImagePasses(width, height);
        getPxPos = interlaceUtils.getInterlaceIterator(width, height);
      } else {
        let nonInterlacedPxPos = 0;
        getPxPos = function() {
          let returner = nonInterlacedPxPos;
          nonInterlacedPxPos += 4;
          return returner;
        };
        images = [{ width, height }];
      }
      for (let imageIndex = 0; imageIndex < images.length; imageIndex++) {
        if (depth === 8) {
          rawPos = mapImage8Bit(
            images[imageIndex],
            pxData,
            getPxPos,
            bpp,
            data,
            rawPos
          );
        } else {
          mapImageCustomBit(
            images[imageIndex],
            pxData,
            getPxPos,
            bpp,
            bits,
            maxBit
          );
        }
      }
      if (depth === 8) {
        if (rawPos !== data.length) {
          throw new Error("extra data found");
        }
      } else {
        bits.end();
      }
      return pxData;
    };
  }
});

// ../../main/node_modules/pngjs/lib/format-normaliser.js
var require_format_normaliser = __commonJS({
  "../../main/node_modules/pngjs/lib/format-normaliser.js"(exports, module) {
    "use strict";
    function dePalette(indata, outdata, width, height, palette) {
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          let color = palette[indata[pxPos]];
          if (!color) {
            throw new Error("index " + indata[pxPos] + " not in palette");
          }
          for (let i = 0; i < 4; i++) {
            outdata[pxPos + i] = color[i];
          }
          pxPos += 4;
        }
      }
    }
    function replaceTransparentColor(indata, outdata, width, height, transColor) {
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          let makeTrans = false;
          if (transColor.length === 1) {
            if (transColor[0] === indata[pxPos]) {
              makeTrans = true;
            }
          } else if (transColor[0] === indata[pxPos] && transColor[1] === indata[pxPos + 1] && transColor[2] === indata[pxPos + 2]) {
            makeTrans = true;
          }
          if (makeTrans) {
            for (let i = 0; i < 4; i++) {
              outdata[pxPos + i] = 0;
            }
          }
          pxPos += 4;
        }
      }
    }
    function scaleDepth(indata, outdata, width, height, depth) {
      let maxOutSample = 255;
      let maxInSample = Math.pow(2, depth) - 1;
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          for (let i = 0; i < 4; i++) {
            outdata[pxPos + i] = Math.floor(
              indata[pxPos + i] * maxOutSample / maxInSample + 0.5
            );
          }
          pxPos += 4;
        }
      }
    }
    module.exports = function(indata, imageData) {
      let depth = imageData.depth;
      let width = imageData.width;
      let height = imageData.height;
      let colorType = imageData.colorType;
      let transColor = imageData.transColor;
      let palette = imageData.palette;
      let outdata = indata;
      if (colorType === 3) {
        dePalette(indata, outdata, width, height, palette);
      } else {
        if (transColor) {
          replaceTransparentColor(indata, outdata, width, height, transColor);
        }
        if (depth !== 8) {
          if (depth === 16) {
            outdata = Buffer.alloc(width * height * 4);
          }
          scaleDepth(indata, outdata, width, height, depth);
        }
      }
      return outdata;
    };
  }
});

// ../../main/node_modules/pngjs/lib/parser-async.js
var require_parser_async = __commonJS({
  "../../main/node_modules/pngjs/lib/parser-async.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var zlib = __require("zlib");
    var ChunkStream = require_chunkstream();
    var FilterAsync = require_filter_parse_async();
    var Parser = require_parser();
    var bitmapper = require_bitmapper();
    var formatNormaliser = require_format_normaliser();
    var ParserAsync = module.exports = function(options) {
      ChunkStream.call(this);
      this._parser = new Parser(options, {
        read: this.read.bind(this),
        error: this._handleError.bind(this),
        metadata: this._handleMetaData.bind(this),
        gamma: this.emit.bind(this, "gamma"),
        palette: this._handlePalette.bind(this),
        transColor: this._handleTransColor.bind(this),
        finished: this._finished.bind(this),
        inflateData: this._inflateData.bind(this),
        simpleTransparency: this._simpleTransparency.bind(this),
        headersFinished: this._headersFinished.bind(this)
      });
      this._options = options;
      this.writable = true;
      this._parser.start();
    };
    util.inherits(ParserAsync, ChunkStream);
    ParserAsync.prototype._handleError = function(err) {
      this.emit("error", err);
      this.writable = false;
      this.destroy();
      if (this._inflate && this._inflate.destroy) {
        this._inflate.destroy();
      }
      if (this._filter) {
        this._filter.destroy();
        this._filter.on("error", function() {
        });
      }
      this.errord = true;
    };
    ParserAsync.prototype._inflateData = function(data) {
      if (!this._inflate) {
        if (this._bitmapInfo.interlace) {
          this._inflate = zlib.createInflate();
          this._inflate.on("error", this.emit.bind(this, "error"));
          this._filter.on("complete", this._complete.bind(this));
          this._inflate.pipe(this._filter);
        } else {
          let rowSize = (this._bitmapInfo.width * this._bitmapInfo.bpp * this._bitmapInfo.depth + 7 >> 3) + 1;
          let imageSize = rowSize * this._bitmapInfo.height;
          let chunkSize = Math.max(imageSize, zlib.Z_MIN_CHUNK);
          this._inflate = zlib.createInflate({ chunkSize });
          let leftToInflate = imageSize;
          let emitError = this.emit.bind(this, "error");
          this._inflate.on("error", function(err) {
            if (!leftToInflate) {
              return;
            }
            emitError(err);
          });
          this._filter.on("complete", this._complete.bind(this));
          let filterWrite = this._filter.write.bind(this._filter);
          this._inflate.on("data", function(chunk) {
            if (!leftToInflate) {
              return;
            }
            if (chunk.length > leftToInflate) {
              chunk = chunk.slice(0, leftToInflate);
            }
            leftToInflate -= chunk.length;
            filterWrite(chunk);
          });
          this._inflate.on("end", this._filter.end.bind(this._filter));
        }
      }
      this._inflate.write(data);
    };
    ParserAsync.prototype._handleMetaData = function(metaData) {
      this._metaData = metaData;
      this._bitmapInfo = Object.create(metaData);
      this._filter = new FilterAsync(this._bitmapInfo);
    };
    ParserAsync.prototype._handleTransColor = function(transColor) {
      this._bitmapInfo.transColor = transColor;
    };
    ParserAsync.prototype._handlePalette = function(palette) {
      this._bitmapInfo.palette = palette;
    };
    ParserAsync.prototype._simpleTransparency = function() {
      this._metaData.alpha = true;
    };
    ParserAsync.prototype._headersFinished = function() {
      this.emit("metadata", this._metaData);
    };
    ParserAsync.prototype._finished = function() {
      if (this.errord) {
        return;
      }
      if (!this._inflate) {
        this.emit("error", "No Inflate block");
      } else {
        this._inflate.end();
      }
    };
    ParserAsync.prototype._complete = function(filteredData) {
      if (this.errord) {
        return;
      }
      let normalisedBitmapData;
      try {
        let bitmapData = bitmapper.dataToBitMap(filteredData, this._bitmapInfo);
        normalisedBitmapData = formatNormaliser(bitmapData, this._bitmapInfo);
        bitmapData = null;
      } catch (ex) {
        this._handleError(ex);
        return;
      }
      this.emit("parsed", normalisedBitmapData);
    };
  }
});

// ../../main/node_modules/pngjs/lib/bitpacker.js
var require_bitpacker = __commonJS({
  "../../main/node_modules/pngjs/lib/bitpacker.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    module.exports = function(dataIn, width, height, options) {
      let outHasAlpha = [constants.COLORTYPE_COLOR_ALPHA, constants.COLORTYPE_ALPHA].indexOf(
        options.colorType
      ) !== -1;
      if (options.colorType === options.inputColorType) {
        let bigEndian = (function() {
          let buffer = new ArrayBuffer(2);
          new DataView(buffer).setInt16(
            0,
            256,
            true
            /* littleEndian */
          );
          return new Int16Array(buffer)[0] !== 256;
        })();
        if (options.bitDepth === 8 || options.bitDepth === 16 && bigEndian) {
          return dataIn;
        }
      }
      let data = options.bitDepth !== 16 ? dataIn : new Uint16Array(dataIn.buffer);
      let maxValue = 255;
      let inBpp = constants.COLORTYPE_TO_BPP_MAP[options.inputColorType];
      if (inBpp === 4 && !options.inputHasAlpha) {
        inBpp = 3;
      }
      let outBpp = constants.COLORTYPE_TO_BPP_MAP[options.colorType];
      if (options.bitDepth === 16) {
        maxValue = 65535;
        outBpp *= 2;
      }
      let outData = Buffer.alloc(width * height * outBpp);
      let inIndex = 0;
      let outIndex = 0;
      let bgColor = options.bgColor || {};
      if (bgColor.red === void 0) {
        bgColor.red = maxValue;
      }
      if (bgColor.green === void 0) {
        bgColor.green = maxValue;
      }
      if (bgColor.blue === void 0) {
        bgColor.blue = maxValue;
      }
      function getRGBA() {
        let red;
        let green;
        let blue;
        let alpha = maxValue;
        switch (options.inputColorType) {
          case constants.COLORTYPE_COLOR_ALPHA:
            alpha = data[inIndex + 3];
            red = data[inIndex];
            green = data[inIndex + 1];
            blue = data[inIndex + 2];
            break;
          case constants.COLORTYPE_COLOR:
            red = data[inIndex];
            green = data[inIndex + 1];
            blue = data[inIndex + 2];
            break;
          case constants.COLORTYPE_ALPHA:
            alpha = data[inIndex + 1];
            red = data[inIndex];
            green = red;
            blue = red;
            break;
          case constants.COLORTYPE_GRAYSCALE:
            red = data[inIndex];
            green = red;
            blue = red;
            break;
          default:
            throw new Error(
              "input color type:" + options.inputColorType + " is not supported at present"
            );
        }
        if (options.inputHasAlpha) {
          if (!outHasAlpha) {
            alpha /= maxValue;
            red = Math.min(
              Math.max(Math.round((1 - alpha) * bgColor.red + alpha * red), 0),
              maxValue
            );
            green = Math.min(
              Math.max(Math.round((1 - alpha) * bgColor.green + alpha * green), 0),
              maxValue
            );
            blue = Math.min(
              Math.max(Math.round((1 - alpha) * bgColor.blue + alpha * blue), 0),
              maxValue
            );
          }
        }
        return { red, green, blue, alpha };
      }
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          let rgba = getRGBA(data, inIndex);
          switch (options.colorType) {
            case constants.COLORTYPE_COLOR_ALPHA:
            case constants.COLORTYPE_COLOR:
              if (options.bitDepth === 8) {
                outData[outIndex] = rgba.red;
                outData[outIndex + 1] = rgba.green;
                outData[outIndex + 2] = rgba.blue;
                if (outHasAlpha) {
                  outData[outIndex + 3] = rgba.alpha;
                }
              } else {
                outData.writeUInt16BE(rgba.red, outIndex);
                outData.writeUInt16BE(rgba.green, outIndex + 2);
                outData.writeUInt16BE(rgba.blue, outIndex + 4);
                if (outHasAlpha) {
                  outData.writeUInt16BE(rgba.alpha, outIndex + 6);
                }
              }
              break;
            case constants.COLORTYPE_ALPHA:
            case constants.COLORTYPE_GRAYSCALE: {
              let grayscale = (rgba.red + rgba.green + rgba.blue) / 3;
              if (options.bitDepth === 8) {
                outData[outIndex] = grayscale;
                if (outHasAlpha) {
                  outData[outIndex + 1] = rgba.alpha;
                }
              } else {
                outData.writeUInt16BE(grayscale, outIndex);
                if (outHasAlpha) {
                  outData.writeUInt16BE(rgba.alpha, outIndex + 2);
                }
              }
              break;
            }
            default:
              throw new Error("unrecognised color Type " + options.colorType);
          }
          inIndex += inBpp;
          outIndex += outBpp;
        }
      }
      return outData;
    };
  }
});

// ../../main/node_modules/pngjs/lib/filter-pack.js
var require_filter_pack = __commonJS({
  "../../main/node_modules/pngjs/lib/filter-pack.js"(exports, module) {
    "use strict";
    var paethPredictor = require_paeth_predictor();
    function filterNone(pxData, pxPos, byteWidth, rawData, rawPos) {
      for (let x = 0; x < byteWidth; x++) {
        rawData[rawPos + x] = pxData[pxPos + x];
      }
    }
    function filterSumNone(pxData, pxPos, byteWidth) {
      let sum = 0;
      let length = pxPos + byteWidth;
      for (let i = pxPos; i < length; i++) {
        sum += Math.abs(pxData[i]);
      }
      return sum;
    }
    function filterSub(pxData, pxPos, byteWidth, rawData, rawPos, bpp) {
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let val = pxData[pxPos + x] - left;
        rawData[rawPos + x] = val;
      }
    }
    function filterSumSub(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let val = pxData[pxPos + x] - left;
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterUp(pxData, pxPos, byteWidth, rawData, rawPos) {
      for (let x = 0; x < byteWidth; x++) {
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let val = pxData[pxPos + x] - up;
        rawData[rawPos + x] = val;
      }
    }
    function filterSumUp(pxData, pxPos, byteWidth) {
      let sum = 0;
      let length = pxPos + byteWidth;
      for (let x = pxPos; x < length; x++) {
        let up = pxPos > 0 ? pxData[x - byteWidth] : 0;
        let val = pxData[x] - up;
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterAvg(pxData, pxPos, byteWidth, rawData, rawPos, bpp) {
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let val = pxData[pxPos + x] - (left + up >> 1);
        rawData[rawPos + x] = val;
      }
    }
    function filterSumAvg(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let val = pxData[pxPos + x] - (left + up >> 1);
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterPaeth(pxData, pxPos, byteWidth, rawData, rawPos, bpp) {
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let upleft = pxPos > 0 && x >= bpp ? pxData[pxPos + x - (byteWidth + bpp)] : 0;
        let val = pxData[pxPos + x] - paethPredictor(left, up, upleft);
        rawData[rawPos + x] = val;
      }
    }
    function filterSumPaeth(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let upleft = pxPos > 0 && x >= bpp ? pxData[pxPos + x - (byteWidth + bpp)] : 0;
        let val = pxData[pxPos + x] - paethPredictor(left, up, upleft);
        sum += Math.abs(val);
      }
      return sum;
    }
    var filters = {
      0: filterNone,
      1: filterSub,
      2: filterUp,
      3: filterAvg,
      4: filterPaeth
    };
    var filterSums = {
      0: filterSumNone,
      1: filterSumSub,
      2: filterSumUp,
      3: filterSumAvg,
      4: filterSumPaeth
    };
    module.exports = function(pxData, width, height, options, bpp) {
      let filterTypes;
      if (!("filterType" in options) || options.filterType === -1) {
        filterTypes = [0, 1, 2, 3, 4];
      } else if (typeof options.filterType === "number") {
        filterTypes = [options.filterType];
      } else {
        throw new Error("unrecognised filter types");
      }
      if (options.bitDepth === 16) {
        bpp *= 2;
      }
      let byteWidth = width * bpp;
      let rawPos = 0;
      let pxPos = 0;
      let rawData = Buffer.alloc((byteWidth + 1) * height);
      let sel = filterTypes[0];
      for (let y = 0; y < height; y++) {
        if (filterTypes.length > 1) {
          let min = Infinity;
          for (let i = 0; i < filterTypes.length; i++) {
            let sum = filterSums[filterTypes[i]](pxData, pxPos, byteWidth, bpp);
            if (sum < min) {
              sel = filterTypes[i];
              min = sum;
            }
          }
        }
        rawData[rawPos] = sel;
        rawPos++;
        filters[sel](pxData, pxPos, byteWidth, rawData, rawPos, bpp);
        rawPos += byteWidth;
        pxPos += byteWidth;
      }
      return rawData;
    };
  }
});

// ../../main/node_modules/pngjs/lib/packer.js
var require_packer = __commonJS({
  "../../main/node_modules/pngjs/lib/packer.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var CrcStream = require_crc();
    var bitPacker = require_bitpacker();
    var filter = require_filter_pack();
    var zlib = __require("zlib");
    var Packer = module.exports = function(options) {
      this._options = options;
      options.deflateChunkSize = options.deflateChunkSize || 32 * 1024;
      options.deflateLevel = options.deflateLevel != null ? options.deflateLevel : 9;
      options.deflateStrategy = options.deflateStrategy != null ? options.deflateStrategy : 3;
      options.inputHasAlpha = options.inputHasAlpha != null ? options.inputHasAlpha : true;
      options.deflateFactory = options.deflateFactory || zlib.createDeflate;
      options.bitDepth = options.bitDepth || 8;
      options.colorType = typeof options.colorType === "number" ? options.colorType : constants.COLORTYPE_COLOR_ALPHA;
      options.inputColorType = typeof options.inputColorType === "number" ? options.inputColorType : constants.COLORTYPE_COLOR_ALPHA;
      if ([
        constants.COLORTYPE_GRAYSCALE,
        constants.COLORTYPE_COLOR,
        constants.COLORTYPE_COLOR_ALPHA,
        constants.COLORTYPE_ALPHA
      ].indexOf(options.colorType) === -1) {
        throw new Error(
          "option color type:" + options.colorType + " is not supported at present"
        );
      }
      if ([
        constants.COLORTYPE_GRAYSCALE,
        constants.COLORTYPE_COLOR,
        constants.COLORTYPE_COLOR_ALPHA,
        constants.COLORTYPE_ALPHA
      ].indexOf(options.inputColorType) === -1) {
        throw new Error(
          "option input color type:" + options.inputColorType + " is not supported at present"
        );
      }
      if (options.bitDepth !== 8 && options.bitDepth !== 16) {
        throw new Error(
          "option bit depth:" + options.bitDepth + " is not supported at present"
        );
      }
    };
    Packer.prototype.getDeflateOptions = function() {
      return {
        chunkSize: this._options.deflateChunkSize,
        level: this._options.deflateLevel,
        strategy: this._options.deflateStrategy
      };
    };
    Packer.prototype.createDeflate = function() {
      return this._options.deflateFactory(this.getDeflateOptions());
    };
    Packer.prototype.filterData = function(data, width, height) {
      let packedData = bitPacker(data, width, height, this._options);
      let bpp = constants.COLORTYPE_TO_BPP_MAP[this._options.colorType];
      let filteredData = filter(packedData, width, height, this._options, bpp);
      return filteredData;
    };
    Packer.prototype._packChunk = function(type, data) {
      let len = data ? data.length : 0;
      let buf = Buffer.alloc(len + 12);
      buf.writeUInt32BE(len, 0);
      buf.writeUInt32BE(type, 4);
      if (data) {
        data.copy(buf, 8);
      }
      buf.writeInt32BE(
        CrcStream.crc32(buf.slice(4, buf.length - 4)),
        buf.length - 4
      );
      return buf;
    };
    Packer.prototype.packGAMA = function(gamma) {
      let buf = Buffer.alloc(4);
      buf.writeUInt32BE(Math.floor(gamma * constants.GAMMA_DIVISION), 0);
      return this._packChunk(constants.TYPE_gAMA, buf);
    };
    Packer.prototype.packIHDR = function(width, height) {
      let buf = Buffer.alloc(13);
      buf.writeUInt32BE(width, 0);
      buf.writeUInt32BE(height, 4);
      buf[8] = this._options.bitDepth;
      buf[9] = this._options.colorType;
      buf[10] = 0;
      buf[11] = 0;
      buf[12] = 0;
      return this._packChunk(constants.TYPE_IHDR, buf);
    };
    Packer.prototype.packIDAT = function(data) {
      return this._packChunk(constants.TYPE_IDAT, data);
    };
    Packer.prototype.packIEND = function() {
      return this._packChunk(constants.TYPE_IEND, null);
    };
  }
});

// ../../main/node_modules/pngjs/lib/packer-async.js
var require_packer_async = __commonJS({
  "../../main/node_modules/pngjs/lib/packer-async.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var Stream = __require("stream");
    var constants = require_constants();
    var Packer = require_packer();
    var PackerAsync = module.exports = function(opt) {
      Stream.call(this);
      let options = opt || {};
      this._packer = new Packer(options);
      this._deflate = this._packer.createDeflate();
      this.readable = true;
    };
    util.inherits(PackerAsync, Stream);
    PackerAsync.prototype.pack = function(data, width, height, gamma) {
      this.emit("data", Buffer.from(constants.PNG_SIGNATURE));
      this.emit("data", this._packer.packIHDR(width, height));
      if (gamma) {
        this.emit("data", this._packer.packGAMA(gamma));
      }
      let filteredData = this._packer.filterData(data, width, height);
      this._deflate.on("error", this.emit.bind(this, "error"));
      this._deflate.on(
        "data",
        function(compressedData) {
          this.emit("data", this._packer.packIDAT(compressedData));
        }.bind(this)
      );
      this._deflate.on(
        "end",
        function() {
          this.emit("data", this._packer.packIEND());
          this.emit("end");
        }.bind(this)
      );
      this._deflate.end(filteredData);
    };
  }
});

// ../../main/node_modules/pngjs/lib/sync-inflate.js
var require_sync_inflate = __commonJS({
  "../../main/node_modules/pngjs/lib/sync-inflate.js"(exports, module) {
    "use strict";
    var assert = __require("assert").ok;
    var zlib = __require("zlib");
    var util = __require("util");
    var kMaxLength = __require("buffer").kMaxLength;
    function Inflate(opts) {
      if (!(this instanceof Inflate)) {
        return new Inflate(opts);
      }
      if (opts && opts.chunkSize < zlib.Z_MIN_CHUNK) {
        opts.chunkSize = zlib.Z_MIN_CHUNK;
      }
      zlib.Inflate.call(this, opts);
      this._offset = this._offset === void 0 ? this._outOffset : this._offset;
      this._buffer = this._buffer || this._outBuffer;
      if (opts && opts.maxLength != null) {
        this._maxLength = opts.maxLength;
      }
    }
    function createInflate(opts) {
      return new Inflate(opts);
    }
    function _close(engine, callback) {
      if (callback) {
        process.nextTick(callback);
      }
      if (!engine._handle) {
        return;
      }
      engine._handle.close();
      engine._handle = null;
    }
    Inflate.prototype._processChunk = function(chunk, flushFlag, asyncCb) {
      if (typeof asyncCb === "function") {
        return zlib.Inflate._processChunk.call(this, chunk, flushFlag, asyncCb);
      }
      let self = this;
      let availInBefore = chunk && chunk.length;
      let availOutBefore = this._chunkSize - this._offset;
      let leftToInflate = this._maxLength;
      let inOff = 0;
      let buffers = [];
      let nread = 0;
      let error;
      this.on("error", function(err) {
        error = err;
      });
      function handleChunk(availInAfter, availOutAfter) {
        if (self._hadError) {
          return;
        }
        let have = availOutBefore - availOutAfter;
        assert(have >= 0, "have should not go down");
        if (have > 0) {
          let out = self._buffer.slice(self._offset, self._offset + have);
          self._offset += have;
          if (out.length > leftToInflate) {
            out = out.slice(0, leftToInflate);
          }
          buffers.push(out);
          nread += out.length;
          leftToInflate -= out.length;
          if (leftToInflate === 0) {
            return false;
          }
        }
        if (availOutAfter === 0 || self._offset >= self._chunkSize) {
          availOutBefore = self._chunkSize;
          self._offset = 0;
          self._buffer = Buffer.allocUnsafe(self._chunkSize);
        }
        if (availOutAfter === 0) {
          inOff += availInBefore - availInAfter;
          availInBefore = availInAfter;
          return true;
        }
        return false;
      }
      assert(this._handle, "zlib binding closed");
      let res;
      do {
        res = this._handle.writeSync(
          flushFlag,
          chunk,
          // in
          inOff,
          // in_off
          availInBefore,
          // in_len
          this._buffer,
          // out
          this._offset,
          //out_off
          availOutBefore
        );
        res = res || this._writeState;
      } while (!this._hadError && handleChunk(res[0], res[1]));
      if (this._hadError) {
        throw error;
      }
      if (nread >= kMaxLength) {
        _close(this);
        throw new RangeError(
          "Cannot create final Buffer. It would be larger than 0x" + kMaxLength.toString(16) + " bytes"
        );
      }
      let buf = Buffer.concat(buffers, nread);
      _close(this);
      return buf;
    };
    util.inherits(Inflate, zlib.Inflate);
    function zlibBufferSync(engine, buffer) {
      if (typeof buffer === "string") {
        buffer = Buffer.from(buffer);
      }
      if (!(buffer instanceof Buffer)) {
        throw new TypeError("Not a string or buffer");
      }
      let flushFlag = engine._finishFlushFlag;
      if (flushFlag == null) {
        flushFlag = zlib.Z_FINISH;
      }
      return engine._processChunk(buffer, flushFlag);
    }
    function inflateSync(buffer, opts) {
      return zlibBufferSync(new Inflate(opts), buffer);
    }
    module.exports = exports = inflateSync;
    exports.Inflate = Inflate;
    exports.createInflate = createInflate;
    exports.inflateSync = inflateSync;
  }
});

// ../../main/node_modules/pngjs/lib/sync-reader.js
var require_sync_reader = __commonJS({
  "../../main/node_modules/pngjs/lib/sync-reader.js"(exports, module) {
    "use strict";
    var SyncReader = module.exports = function(buffer) {
      this._buffer = buffer;
      this._reads = [];
    };
    SyncReader.prototype.read = function(length, callback) {
      this._reads.push({
        length: Math.abs(length),
        // if length < 0 then at most this length
        allowLess: length < 0,
        func: callback
      });
    };
    SyncReader.prototype.process = function() {
      while (this._reads.length > 0 && this._buffer.length) {
        let read = this._reads[0];
        if (this._buffer.length && (this._buffer.length >= read.length || read.allowLess)) {
          this._reads.shift();
          let buf = this._buffer;
          this._buffer = buf.slice(read.length);
          read.func.call(this, buf.slice(0, read.length));
        } else {
          break;
        }
      }
      if (this._reads.length > 0) {
        return new Error("There are some read requests waitng on finished stream");
      }
      if (this._buffer.length > 0) {
        return new Error("unrecognised content at end of stream");
      }
    };
  }
});

// ../../main/node_modules/pngjs/lib/filter-parse-sync.js
var require_filter_parse_sync = __commonJS({
  "../../main/node_modules/pngjs/lib/filter-parse-sync.js"(exports) {
    "use strict";
    var SyncReader = require_sync_reader();
    var Filter = require_filter_parse();
    exports.process = function(inBuffer, bitmapInfo) {
      let outBuffers = [];
      let reader = new SyncReader(inBuffer);
      let filter = new Filter(bitmapInfo, {
        read: reader.read.bind(reader),
        write: function(bufferPart) {
          outBuffers.push(bufferPart);
        },
        complete: function() {
        }
      });
      filter.start();
      reader.process();
      return Buffer.concat(outBuffers);
    };
  }
});

// ../../main/node_modules/pngjs/lib/parser-sync.js
var require_parser_sync = __commonJS({
  "../../main/node_modules/pngjs/lib/parser-sync.js"(exports, module) {
    "use strict";
    var hasSyncZlib = true;
    var zlib = __require("zlib");
    var inflateSync = require_sync_inflate();
    if (!zlib.deflateSync) {
      hasSyncZlib = false;
    }
    var SyncReader = require_sync_reader();
    var FilterSync = require_filter_parse_sync();
    var Parser = require_parser();
    var bitmapper = require_bitmapper();
    var formatNormaliser = require_format_normaliser();
    module.exports = function(buffer, options) {
      if (!hasSyncZlib) {
        throw new Error(
          "To use the sync capability of this library in old node versions, please pin pngjs to v2.3.0"
        );
      }
      let err;
      function handleError(_err_) {
        err = _err_;
      }
      let metaData;
      function handleMetaData(_metaData_) {
        metaData = _metaData_;
      }
      function handleTransColor(transColor) {
        metaData.transColor = transColor;
      }
      function handlePalette(palette) {
        metaData.palette = palette;
      }
      function handleSimpleTransparency() {
        metaData.alpha = true;
      }
      let gamma;
      function handleGamma(_gamma_) {
        gamma = _gamma_;
      }
      let inflateDataList = [];
      function handleInflateData(inflatedData2) {
        inflateDataList.push(inflatedData2);
      }
      let reader = new SyncReader(buffer);
      let parser = new Parser(options, {
        read: reader.read.bind(reader),
        error: handleError,
        metadata: handleMetaData,
        gamma: handleGamma,
        palette: handlePalette,
        transColor: handleTransColor,
        inflateData: handleInflateData,
        simpleTransparency: handleSimpleTransparency
      });
      parser.start();
      reader.process();
      if (err) {
        throw err;
      }
      let inflateData = Buffer.concat(inflateDataList);
      inflateDataList.length = 0;
      let inflatedData;
      if (metaData.interlace) {
        inflatedData = zlib.inflateSync(inflateData);
      } else {
        let rowSize = (metaData.width * metaData.bpp * metaData.depth + 7 >> 3) + 1;
        let imageSize = rowSize * metaData.height;
        inflatedData = inflateSync(inflateData, {
          chunkSize: imageSize,
          maxLength: imageSize
        });
      }
      inflateData = null;
      if (!inflatedData || !inflatedData.length) {
        throw new Error("bad png - invalid inflate data response");
      }
      let unfilteredData = FilterSync.process(inflatedData, metaData);
      inflateData = null;
      let bitmapData = bitmapper.dataToBitMap(unfilteredData, metaData);
      unfilteredData = null;
      let normalisedBitmapData = formatNormaliser(bitmapData, metaData);
      metaData.data = normalisedBitmapData;
      metaData.gamma = gamma || 0;
      return metaData;
    };
  }
});

// ../../main/node_modules/pngjs/lib/packer-sync.js
var require_packer_sync = __commonJS({
  "../../main/node_modules/pngjs/lib/packer-sync.js"(exports, module) {
    "use strict";
    var hasSyncZlib = true;
    var zlib = __require("zlib");
    if (!zlib.deflateSync) {
      hasSyncZlib = false;
    }
    var constants = require_constants();
    var Packer = require_packer();
    module.exports = function(metaData, opt) {
      if (!hasSyncZlib) {
        throw new Error(
          "To use the sync capability of this library in old node versions, please pin pngjs to v2.3.0"
        );
      }
      let options = opt || {};
      let packer = new Packer(options);
      let chunks = [];
      chunks.push(Buffer.from(constants.PNG_SIGNATURE));
      chunks.push(packer.packIHDR(metaData.width, metaData.height));
      if (metaData.gamma) {
        chunks.push(packer.packGAMA(metaData.gamma));
      }
      let filteredData = packer.filterData(
        metaData.data,
        metaData.width,
        metaData.height
      );
      let compressedData = zlib.deflateSync(
        filteredData,
        packer.getDeflateOptions()
      );
      filteredData = null;
      if (!compressedData || !compressedData.length) {
        throw new Error("bad png - invalid compressed data response");
      }
      chunks.push(packer.packIDAT(compressedData));
      chunks.push(packer.packIEND());
      return Buffer.concat(chunks);
    };
  }
});

// ../../main/node_modules/pngjs/lib/png-sync.js
var require_png_sync = __commonJS({
  "../../main/node_modules/pngjs/lib/png-sync.js"(exports) {
    "use strict";
    var parse = require_parser_sync();
    var pack = require_packer_sync();
    exports.read = function(buffer, options) {
      return parse(buffer, options || {});
    };
    exports.write = function(png, options) {
      return pack(png, options);
    };
  }
});

// ../../main/node_modules/pngjs/lib/png.js
var require_png = __commonJS({
  "../../main/node_modules/pngjs/lib/png.js"(exports) {
    "use strict";
    var util = __require("util");
    var Stream = __require("stream");
    var Parser = require_parser_async();
    var Packer = require_packer_async();
    var PNGSync = require_png_sync();
    var PNG = exports.PNG = function(options) {
      Stream.call(this);
      options = options || {};
      this.width = options.width | 0;
      this.height = options.height | 0;
      this.data = this.width > 0 && this.height > 0 ? Buffer.alloc(4 * this.width * this.height) : null;
      if (options.fill && this.data) {
        this.data.fill(0);
      }
      this.gamma = 0;
      this.readable = this.writable = true;
      this._parser = new Parser(options);
      this._parser.on("error", this.emit.bind(this, "error"));
      this._parser.on("close", this._handleClose.bind(this));
      this._parser.on("metadata", this._metadata.bind(this));
      this._parser.on("gamma", this._gamma.bind(this));
      this._parser.on(
        "parsed",
        function(data) {
          this.data = data;
          this.emit("parsed", data);
        }.bind(this)
      );
      this._packer = new Packer(options);
      this._packer.on("data", this.emit.bind(this, "data"));
      this._packer.on("end", this.emit.bind(this, "end"));
      this._parser.on("close", this._handleClose.bind(this));
      this._packer.on("error", this.emit.bind(this, "error"));
    };
    util.inherits(PNG, Stream);
    PNG.sync = PNGSync;
    PNG.prototype.pack = function() {
      if (!this.data || !this.data.length) {
        this.emit("error", "No data provided");
        return this;
      }
      process.nextTick(
        function() {
          this._packer.pack(this.data, this.width, this.height, this.gamma);
        }.bind(this)
      );
      return this;
    };
    PNG.prototype.parse = function(data, callback) {
      if (callback) {
        let onParsed, onError;
        onParsed = function(parsedData) {
          this.removeListener("error", onError);
          this.data = parsedData;
          callback(null, this);
        }.bind(this);
        onError = function(err) {
          this.removeListener("parsed", onParsed);
          callback(err, null);
        }.bind(this);
        this.once("parsed", onParsed);
        this.once("error", onError);
      }
      this.end(data);
      return this;
    };
    PNG.prototype.write = function(data) {
      this._parser.write(data);
      return true;
    };
    PNG.prototype.end = function(data) {
      this._parser.end(data);
    };
    PNG.prototype._metadata = function(metadata) {
      this.width = metadata.width;
      this.height = metadata.height;
      this.emit("metadata", metadata);
    };
    PNG.prototype._gamma = function(gamma) {
      this.gamma = gamma;
    };
    PNG.prototype._handleClose = function() {
      if (!this._parser.writable && !this._packer.readable) {
        this.emit("close");
      }
    };
    PNG.bitblt = function(src, dst, srcX, srcY, width, height, deltaX, deltaY) {
      srcX |= 0;
      srcY |= 0;
      width |= 0;
      height |= 0;
      deltaX |= 0;
      deltaY |= 0;
      if (srcX > src.width || srcY > src.height || srcX + width > src.width || srcY + height > src.height) {
        throw new Error("bitblt reading outside image");
      }
      if (deltaX > dst.width || deltaY > dst.height || deltaX + width > dst.width || deltaY + height > dst.height) {
        throw new Error("bitblt writing outside image");
      }
      for (let y = 0; y < height; y++) {
        src.data.copy(
          dst.data,
          (deltaY + y) * dst.width + deltaX << 2,
          (srcY + y) * src.width + srcX << 2,
          (srcY + y) * src.width + srcX + width << 2
        );
      }
    };
    PNG.prototype.bitblt = function(dst, srcX, srcY, width, height, deltaX, deltaY) {
      PNG.bitblt(this, dst, srcX, srcY, width, height, deltaX, deltaY);
      return this;
    };
    PNG.adjustGamma = function(src) {
      if (src.gamma) {
        for (let y = 0; y < src.height; y++) {
          for (let x = 0; x < src.width; x++) {
            let idx = src.width * y + x << 2;
            for (let i = 0; i < 3; i++) {
              let sample = src.data[idx + i] / 255;
              sample = Math.pow(sample, 1 / 2.2 / src.gamma);
              src.data[idx + i] = Math.round(sample * 255);
            }
          }
        }
        src.gamma = 0;
      }
    };
    PNG.prototype.adjustGamma = function() {
      PNG.adjustGamma(this);
    };
  }
});

// ../../main/node_modules/qrcode/lib/renderer/utils.js
var require_utils2 = __commonJS({
  "../../main/node_modules/qrcode/lib/renderer/utils.js"(exports) {
    function hex2rgba(hex) {
      if (typeof hex === "number") {
        hex = hex.toString();
      }
      if (typeof hex !== "string") {
        throw new Error("Color should be defined as hex string");
      }
      let hexCode = hex.slice().replace("#", "").split("");
      if (hexCode.length < 3 || hexCode.length === 5 || hexCode.length > 8) {
        throw new Error("Invalid hex color: " + hex);
      }
      if (hexCode.length === 3 || hexCode.length === 4) {
        hexCode = Array.prototype.concat.apply([], hexCode.map(function(c) {
          return [c, c];
        }));
      }
      if (hexCode.length === 6) hexCode.push("F", "F");
      const hexValue = parseInt(hexCode.join(""), 16);
      return {
        r: hexValue >> 24 & 255,
        g: hexValue >> 16 & 255,
        b: hexValue >> 8 & 255,
        a: hexValue & 255,
        hex: "#" + hexCode.slice(0, 6).join("")
      };
    }
    exports.getOptions = function getOptions(options) {
      if (!options) options = {};
      if (!options.color) options.color = {};
      const margin = typeof options.margin === "undefined" || options.margin === null || options.margin < 0 ? 4 : options.margin;
      const width = options.width && options.width >= 21 ? options.width : void 0;
      const scale = options.scale || 4;
      return {
        width,
        scale: width ? 4 : scale,
        margin,
        color: {
          dark: hex2rgba(options.color.dark || "#000000ff"),
          light: hex2rgba(options.color.light || "#ffffffff")
        },
        type: options.type,
        rendererOpts: options.rendererOpts || {}
      };
    };
    exports.getScale = function getScale(qrSize, opts) {
      return opts.width && opts.width >= qrSize + opts.margin * 2 ? opts.width / (qrSize + opts.margin * 2) : opts.scale;
    };
    exports.getImageWidth = function getImageWidth(qrSize, opts) {
      const scale = exports.getScale(qrSize, opts);
      return Math.floor((qrSize + opts.margin * 2) * scale);
    };
    exports.qrToImageData = function qrToImageData(imgData, qr, opts) {
      const size = qr.modules.size;
      const data = qr.modules.data;
      const scale = exports.getScale(size, opts);
      const symbolSize = Math.floor((size + opts.margin * 2) * scale);
      const scaledMargin = opts.margin * scale;
      const palette = [opts.color.light, opts.color.dark];
      for (let i = 0; i < symbolSize; i++) {
        for (let j = 0; j < symbolSize; j++) {
          let posDst = (i * symbolSize + j) * 4;
          let pxColor = opts.color.light;
          if (i >= scaledMargin && j >= scaledMargin && i < symbolSize - scaledMargin && j < symbolSize - scaledMargin) {
            const iSrc = Math.floor((i - scaledMargin) / scale);
            const jSrc = Math.floor((j - scaledMargin) / scale);
            pxColor = palette[data[iSrc * size + jSrc] ? 1 : 0];
          }
          imgData[posDst++] = pxColor.r;
          imgData[posDst++] = pxColor.g;
          imgData[posDst++] = pxColor.b;
          imgData[posDst] = pxColor.a;
        }
      }
    };
  }
});

// ../../main/node_modules/qrcode/lib/renderer/png.js
var require_png2 = __commonJS({
  "../../main/node_modules/qrcode/lib/renderer/png.js"(exports) {
    var fs = __require("fs");
    var PNG = require_png().PNG;
    var Utils = require_utils2();
    exports.render = function render2(qrData, options) {
      const opts = Utils.getOptions(options);
      const pngOpts = opts.rendererOpts;
      const size = Utils.getImageWidth(qrData.modules.size, opts);
      pngOpts.width = size;
      pngOpts.height = size;
      const pngImage = new PNG(pngOpts);
      Utils.qrToImageData(pngImage.data, qrData, opts);
      return pngImage;
    };
    exports.renderToDataURL = function renderToDataURL(qrData, options, cb) {
      if (typeof cb === "undefined") {
        cb = options;
        options = void 0;
      }
      exports.renderToBuffer(qrData, options, function(err, output) {
        if (err) cb(err);
        let url = "data:image/png;base64,";
        url += output.toString("base64");
        cb(null, url);
      });
    };
    exports.renderToBuffer = function renderToBuffer(qrData, options, cb) {
      if (typeof cb === "undefined") {
        cb = options;
        options = void 0;
      }
      const png = exports.render(qrData, options);
      const buffer = [];
      png.on("error", cb);
      png.on("data", function(data) {
        buffer.push(data);
      });
      png.on("end", function() {
        cb(null, Buffer.concat(buffer));
      });
      png.pack();
    };
    exports.renderToFile = function renderToFile(path, qrData, options, cb) {
      if (typeof cb === "undefined") {
        cb = options;
        options = void 0;
      }
      let called = false;
      const done = (...args) => {
        if (called) return;
        called = true;
        cb.apply(null, args);
      };
      const stream = fs.createWriteStream(path);
      stream.on("error", done);
      stream.on("close", done);
      exports.renderToFileStream(stream, qrData, options);
    };
    exports.renderToFileStream = function renderToFileStream(stream, qrData, options) {
      const png = exports.render(qrData, options);
      png.pack().pipe(stream);
    };
  }
});

// ../../main/node_modules/qrcode/lib/renderer/utf8.js
var require_utf8 = __commonJS({
  "../../main/node_modules/qrcode/lib/renderer/utf8.js"(exports) {
    var Utils = require_utils2();
    var BLOCK_CHAR = {
      WW: " ",
      WB: "\u2584",
      BB: "\u2588",
      BW: "\u2580"
    };
    var INVERTED_BLOCK_CHAR = {
      BB: " ",
      BW: "\u2584",
      WW: "\u2588",
      WB: "\u2580"
    };
    function getBlockChar(top, bottom, blocks) {
      if (top && bottom) return blocks.BB;
      if (top && !bottom) return blocks.BW;
      if (!top && bottom) return blocks.WB;
      return blocks.WW;
    }
    exports.render = function(qrData, options, cb) {
      const opts = Utils.getOptions(options);
      let blocks = BLOCK_CHAR;
      if (opts.color.dark.hex === "#ffffff" || opts.color.light.hex === "#000000") {
        blocks = INVERTED_BLOCK_CHAR;
      }
      const size = qrData.modules.size;
      const data = qrData.modules.data;
      let output = "";
      let hMargin = Array(size + opts.margin * 2 + 1).join(blocks.WW);
      hMargin = Array(opts.margin / 2 + 1).join(hMargin + "\n");
      const vMargin = Array(opts.margin + 1).join(blocks.WW);
      output += hMargin;
      for (let i = 0; i < size; i += 2) {
        output += vMargin;
        for (let j = 0; j < size; j++) {
          const topModule = data[i * size + j];
          const bottomModule = data[(i + 1) * size + j];
          output += getBlockChar(topModule, bottomModule, blocks);
        }
        output += vMargin + "\n";
      }
      output += hMargin.slice(0, -1);
      if (typeof cb === "function") {
        cb(null, output);
      }
      return output;
    };
    exports.renderToFile = function renderToFile(path, qrData, options, cb) {
      if (typeof cb === "undefined") {
        cb = options;
        options = void 0;
      }
      const fs = __require("fs");
      const utf8 = exports.render(qrData, options);
      fs.writeFile(path, utf8, cb);
    };
  }
});

// ../../main/node_modules/qrcode/lib/renderer/terminal/terminal.js
var require_terminal = __commonJS({
  "../../main/node_modules/qrcode/lib/renderer/terminal/terminal.js"(exports) {
    exports.render = function(qrData, options, cb) {
      const size = qrData.modules.size;
      const data = qrData.modules.data;
      const black = "\x1B[40m  \x1B[0m";
      const white = "\x1B[47m  \x1B[0m";
      let output = "";
      const hMargin = Array(size + 3).join(white);
      const vMargin = Array(2).join(white);
      output += hMargin + "\n";
      for (let i = 0; i < size; ++i) {
        output += white;
        for (let j = 0; j < size; j++) {
          output += data[i * size + j] ? black : white;
        }
        output += vMargin + "\n";
      }
      output += hMargin + "\n";
      if (typeof cb === "function") {
        cb(null, output);
      }
      return output;
    };
  }
});

// ../../main/node_modules/qrcode/lib/renderer/terminal/terminal-small.js
var require_terminal_small = __commonJS({
  "../../main/node_modules/qrcode/lib/renderer/terminal/terminal-small.js"(exports) {
    var backgroundWhite = "\x1B[47m";
    var backgroundBlack = "\x1B[40m";
    var foregroundWhite = "\x1B[37m";
    var foregroundBlack = "\x1B[30m";
    var reset = "\x1B[0m";
    var lineSetupNormal = backgroundWhite + foregroundBlack;
    var lineSetupInverse = backgroundBlack + foregroundWhite;
    var createPalette = function(lineSetup, foregroundWhite2, foregroundBlack2) {
      return {
        // 1 ... white, 2 ... black, 0 ... transparent (default)
        "00": reset + " " + lineSetup,
        "01": reset + foregroundWhite2 + "\u2584" + lineSetup,
        "02": reset + foregroundBlack2 + "\u2584" + lineSetup,
        10: reset + foregroundWhite2 + "\u2580" + lineSetup,
        11: " ",
        12: "\u2584",
        20: reset + foregroundBlack2 + "\u2580" + lineSetup,
        21: "\u2580",
        22: "\u2588"
      };
    };
    var mkCodePixel = function(modules, size, x, y) {
      const sizePlus = size + 1;
      if (x >= sizePlus || y >= sizePlus || y < -1 || x < -1) return "0";
      if (x >= size || y >= size || y < 0 || x < 0) return "1";
      const idx = y * size + x;
      return modules[idx] ? "2" : "1";
    };
    var mkCode = function(modules, size, x, y) {
      return mkCodePixel(modules, size, x, y) + mkCodePixel(modules, size, x, y + 1);
    };
    exports.render = function(qrData, options, cb) {
      const size = qrData.modules.size;
      const data = qrData.modules.data;
      const inverse = !!(options && options.inverse);
      const lineSetup = options && options.inverse ? lineSetupInverse : lineSetupNormal;
      const white = inverse ? foregroundBlack : foregroundWhite;
      const black = inverse ? foregroundWhite : foregroundBlack;
      const palette = createPalette(lineSetup, white, black);
      const newLine = reset + "\n" + lineSetup;
      let output = lineSetup;
      for (let y = -1; y < size + 1; y += 2) {
        for (let x = -1; x < size; x++) {
          output += palette[mkCode(data, size, x, y)];
        }
        output += palette[mkCode(data, size, size, y)] + newLine;
      }
      output += reset;
      if (typeof cb === "function") {
        cb(null, output);
      }
      return output;
    };
  }
});

// ../../main/node_modules/qrcode/lib/renderer/terminal.js
var require_terminal2 = __commonJS({
  "../../main/node_modules/qrcode/lib/renderer/terminal.js"(exports) {
    var big = require_terminal();
    var small = require_terminal_small();
    exports.render = function(qrData, options, cb) {
      if (options && options.small) {
        return small.render(qrData, options, cb);
      }
      return big.render(qrData, options, cb);
    };
  }
});

// ../../main/node_modules/qrcode/lib/renderer/svg-tag.js
var require_svg_tag = __commonJS({
  "../../main/node_modules/qrcode/lib/renderer/svg-tag.js"(exports) {
    var Utils = require_utils2();
    function getColorAttrib(color, attrib) {
      const alpha = color.a / 255;
      const str = attrib + '="' + color.hex + '"';
      return alpha < 1 ? str + " " + attrib + '-opacity="' + alpha.toFixed(2).slice(1) + '"' : str;
    }
    function svgCmd(cmd, x, y) {
      let str = cmd + x;
      if (typeof y !== "undefined") str += " " + y;
      return str;
    }
    function qrToPath(data, size, margin) {
      let path = "";
      let moveBy = 0;
      let newRow = false;
      let lineLength = 0;
      for (let i = 0; i < data.length; i++) {
        const col = Math.floor(i % size);
        const row = Math.floor(i / size);
        if (!col && !newRow) newRow = true;
        if (data[i]) {
          lineLength++;
          if (!(i > 0 && col > 0 && data[i - 1])) {
            path += newRow ? svgCmd("M", col + margin, 0.5 + row + margin) : svgCmd("m", moveBy, 0);
            moveBy = 0;
            newRow = false;
          }
          if (!(col + 1 < size && data[i + 1])) {
            path += svgCmd("h", lineLength);
            lineLength = 0;
          }
        } else {
          moveBy++;
        }
      }
      return path;
    }
    exports.render = function render2(qrData, options, cb) {
      const opts = Utils.getOptions(options);
      const size = qrData.modules.size;
      const data = qrData.modules.data;
      const qrcodesize = size + opts.margin * 2;
      const bg = !opts.color.light.a ? "" : "<path " + getColorAttrib(opts.color.light, "fill") + ' d="M0 0h' + qrcodesize + "v" + qrcodesize + 'H0z"/>';
      const path = "<path " + getColorAttrib(opts.color.dark, "stroke") + ' d="' + qrToPath(data, size, opts.margin) + '"/>';
      const viewBox = 'viewBox="0 0 ' + qrcodesize + " " + qrcodesize + '"';
      const width = !opts.width ? "" : 'width="' + opts.width + '" height="' + opts.width + '" ';
      const svgTag = '<svg xmlns="http://www.w3.org/2000/svg" ' + width + viewBox + ' shape-rendering="crispEdges">' + bg + path + "</svg>\n";
      if (typeof cb === "function") {
        cb(null, svgTag);
      }
      return svgTag;
    };
  }
});

// ../../main/node_modules/qrcode/lib/renderer/svg.js
var require_svg = __commonJS({
  "../../main/node_modules/qrcode/lib/renderer/svg.js"(exports) {
    var svgTagRenderer = require_svg_tag();
    exports.render = svgTagRenderer.render;
    exports.renderToFile = function renderToFile(path, qrData, options, cb) {
      if (typeof cb === "undefined") {
        cb = options;
        options = void 0;
      }
      const fs = __require("fs");
      const svgTag = exports.render(qrData, options);
      const xmlStr = '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">' + svgTag;
      fs.writeFile(path, xmlStr, cb);
    };
  }
});

// ../../main/node_modules/qrcode/lib/renderer/canvas.js
var require_canvas = __commonJS({
  "../../main/node_modules/qrcode/lib/renderer/canvas.js"(exports) {
    var Utils = require_utils2();
    function clearCanvas(ctx, canvas, size) {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      if (!canvas.style) canvas.style = {};
      canvas.height = size;
      canvas.width = size;
      canvas.style.height = size + "px";
      canvas.style.width = size + "px";
    }
    function getCanvasElement() {
      try {
        return document.createElement("canvas");
      } catch (e) {
        throw new Error("You need to specify a canvas element");
      }
    }
    exports.render = function render2(qrData, canvas, options) {
      let opts = options;
      let canvasEl = canvas;
      if (typeof opts === "undefined" && (!canvas || !canvas.getContext)) {
        opts = canvas;
        canvas = void 0;
      }
      if (!canvas) {
        canvasEl = getCanvasElement();
      }
      opts = Utils.getOptions(opts);
      const size = Utils.getImageWidth(qrData.modules.size, opts);
      const ctx = canvasEl.getContext("2d");
      const image = ctx.createImageData(size, size);
      Utils.qrToImageData(image.data, qrData, opts);
      clearCanvas(ctx, canvasEl, size);
      ctx.putImageData(image, 0, 0);
      return canvasEl;
    };
    exports.renderToDataURL = function renderToDataURL(qrData, canvas, options) {
      let opts = options;
      if (typeof opts === "undefined" && (!canvas || !canvas.getContext)) {
        opts = canvas;
        canvas = void 0;
      }
      if (!opts) opts = {};
      const canvasEl = exports.render(qrData, canvas, opts);
      const type = opts.type || "image/png";
      const rendererOpts = opts.rendererOpts || {};
      return canvasEl.toDataURL(type, rendererOpts.quality);
    };
  }
});

// ../../main/node_modules/qrcode/lib/browser.js
var require_browser = __commonJS({
  "../../main/node_modules/qrcode/lib/browser.js"(exports) {
    var canPromise = require_can_promise();
    var QRCode2 = require_qrcode();
    var CanvasRenderer = require_canvas();
    var SvgRenderer = require_svg_tag();
    function renderCanvas(renderFunc, canvas, text, opts, cb) {
      const args = [].slice.call(arguments, 1);
      const argsNum = args.length;
      const isLastArgCb = typeof args[argsNum - 1] === "function";
      if (!isLastArgCb && !canPromise()) {
        throw new Error("Callback required as last argument");
      }
      if (isLastArgCb) {
        if (argsNum < 2) {
          throw new Error("Too few arguments provided");
        }
        if (argsNum === 2) {
          cb = text;
          text = canvas;
          canvas = opts = void 0;
        } else if (argsNum === 3) {
          if (canvas.getContext && typeof cb === "undefined") {
            cb = opts;
            opts = void 0;
          } else {
            cb = opts;
            opts = text;
            text = canvas;
            canvas = void 0;
          }
        }
      } else {
        if (argsNum < 1) {
          throw new Error("Too few arguments provided");
        }
        if (argsNum === 1) {
          text = canvas;
          canvas = opts = void 0;
        } else if (argsNum === 2 && !canvas.getContext) {
          opts = text;
          text = canvas;
          canvas = void 0;
        }
        return new Promise(function(resolve, reject) {
          try {
            const data = QRCode2.create(text, opts);
            resolve(renderFunc(data, canvas, opts));
          } catch (e) {
            reject(e);
          }
        });
      }
      try {
        const data = QRCode2.create(text, opts);
        cb(null, renderFunc(data, canvas, opts));
      } catch (e) {
        cb(e);
      }
    }
    exports.create = QRCode2.create;
    exports.toCanvas = renderCanvas.bind(null, CanvasRenderer.render);
    exports.toDataURL = renderCanvas.bind(null, CanvasRenderer.renderToDataURL);
    exports.toString = renderCanvas.bind(null, function(data, _, opts) {
      return SvgRenderer.render(data, opts);
    });
  }
});

// ../../main/node_modules/qrcode/lib/server.js
var require_server = __commonJS({
  "../../main/node_modules/qrcode/lib/server.js"(exports) {
    var canPromise = require_can_promise();
    var QRCode2 = require_qrcode();
    var PngRenderer = require_png2();
    var Utf8Renderer = require_utf8();
    var TerminalRenderer = require_terminal2();
    var SvgRenderer = require_svg();
    function checkParams(text, opts, cb) {
      if (typeof text === "undefined") {
        throw new Error("String required as first argument");
      }
      if (typeof cb === "undefined") {
        cb = opts;
        opts = {};
      }
      if (typeof cb !== "function") {
        if (!canPromise()) {
          throw new Error("Callback required as last argument");
        } else {
          opts = cb || {};
          cb = null;
        }
      }
      return {
        opts,
        cb
      };
    }
    function getTypeFromFilename(path) {
      return path.slice((path.lastIndexOf(".") - 1 >>> 0) + 2).toLowerCase();
    }
    function getRendererFromType(type) {
      switch (type) {
        case "svg":
          return SvgRenderer;
        case "txt":
        case "utf8":
          return Utf8Renderer;
        case "png":
        case "image/png":
        default:
          return PngRenderer;
      }
    }
    function getStringRendererFromType(type) {
      switch (type) {
        case "svg":
          return SvgRenderer;
        case "terminal":
          return TerminalRenderer;
        case "utf8":
        default:
          return Utf8Renderer;
      }
    }
    function render2(renderFunc, text, params) {
      if (!params.cb) {
        return new Promise(function(resolve, reject) {
          try {
            const data = QRCode2.create(text, params.opts);
            return renderFunc(data, params.opts, function(err, data2) {
              return err ? reject(err) : resolve(data2);
            });
          } catch (e) {
            reject(e);
          }
        });
      }
      try {
        const data = QRCode2.create(text, params.opts);
        return renderFunc(data, params.opts, params.cb);
      } catch (e) {
        params.cb(e);
      }
    }
    exports.create = QRCode2.create;
    exports.toCanvas = require_browser().toCanvas;
    exports.toString = function toString(text, opts, cb) {
      const params = checkParams(text, opts, cb);
      const type = params.opts ? params.opts.type : void 0;
      const renderer = getStringRendererFromType(type);
      return render2(renderer.render, text, params);
    };
    exports.toDataURL = function toDataURL(text, opts, cb) {
      const params = checkParams(text, opts, cb);
      const renderer = getRendererFromType(params.opts.type);
      return render2(renderer.renderToDataURL, text, params);
    };
    exports.toBuffer = function toBuffer(text, opts, cb) {
      const params = checkParams(text, opts, cb);
      const renderer = getRendererFromType(params.opts.type);
      return render2(renderer.renderToBuffer, text, params);
    };
    exports.toFile = function toFile(path, text, opts, cb) {
      if (typeof path !== "string" || !(typeof text === "string" || typeof text === "object")) {
        throw new Error("Invalid argument");
      }
      if (arguments.length < 3 && !canPromise()) {
        throw new Error("Too few arguments provided");
      }
      const params = checkParams(text, opts, cb);
      const type = params.opts.type || getTypeFromFilename(path);
      const renderer = getRendererFromType(type);
      const renderToFile = renderer.renderToFile.bind(null, path);
      return render2(renderToFile, text, params);
    };
    exports.toFileStream = function toFileStream(stream, text, opts) {
      if (arguments.length < 2) {
        throw new Error("Too few arguments provided");
      }
      const params = checkParams(text, opts, stream.emit.bind(stream, "error"));
      const renderer = getRendererFromType("png");
      const renderToFileStream = renderer.renderToFileStream.bind(null, stream);
      render2(renderToFileStream, text, params);
    };
  }
});

// ../../main/node_modules/qrcode/lib/index.js
var require_lib = __commonJS({
  "../../main/node_modules/qrcode/lib/index.js"(exports, module) {
    module.exports = require_server();
  }
});

// src/channels/whatsapp/channel.ts
import { readFileSync, rmSync } from "node:fs";

// src/channels/whatsapp/invites.ts
var import_qrcode = __toESM(require_lib(), 1);
var INVITE_PREFIX = "/invites/";
var QR_SUFFIX = "/whatsapp-qr.png";
function formatCode(code) {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}
function waMeLink(phoneNumber, code) {
  return `https://wa.me/${phoneNumber}?text=${encodeURIComponent(`JOIN ${formatCode(code)}`)}`;
}
function qrUrl(publicUrl, code) {
  return `${publicUrl}${INVITE_PREFIX}${encodeURIComponent(code)}${QR_SUFFIX}`;
}
function registerInvites(services, http, phoneNumber) {
  services.links.register("whatsapp", (code) => {
    if (!phoneNumber) return void 0;
    const link = waMeLink(phoneNumber, code);
    const { publicUrl } = services.config;
    return publicUrl ? `${link} \u2014 QR: ${qrUrl(publicUrl, code)}` : link;
  });
  http.routePrefix("GET", INVITE_PREFIX, (request, response, url) => serveQr(services, phoneNumber, request, response, url));
}
async function serveQr(services, phoneNumber, request, response, url) {
  const rest = url.pathname.slice(INVITE_PREFIX.length);
  if (!rest.endsWith(QR_SUFFIX) || !phoneNumber) return sendJson(response, 404, { error: "not found" });
  let typed;
  try {
    typed = decodeURIComponent(rest.slice(0, -QR_SUFFIX.length));
  } catch {
    return sendJson(response, 404, { error: "not found" });
  }
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  const invite = /^[0-9A-Z]{8,32}$/.test(code) ? services.store.get("invites", code) : void 0;
  if (!invite || invite.expiresAt <= services.clock.now() || invite.usesLeft <= 0) return sendJson(response, 404, { error: "unknown or expired invite" });
  const png = await import_qrcode.default.toBuffer(waMeLink(phoneNumber, invite.code), { type: "png", errorCorrectionLevel: "M", margin: 2, width: 600 });
  response.writeHead(200, {
    "content-type": "image/png",
    "content-length": png.length,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "content-disposition": `inline; filename="welkom-invite-${invite.code.slice(0, 4)}.png"`
  });
  response.end(request.method === "HEAD" ? void 0 : png);
}

// ../../main/node_modules/@kapso/whatsapp-cloud-api/dist/flow-json-aEFnj21x.js
import { createHash } from "node:crypto";
var camelCache = /* @__PURE__ */ new Map();
var snakeCache = /* @__PURE__ */ new Map();
function toCamelCaseKey(key) {
  if (!key.includes("_") && !key.includes("-")) return key;
  const cached = camelCache.get(key);
  if (cached) return cached;
  const result = key.replace(/[\-_]([a-z0-9])/gi, (_, char) => char.toUpperCase());
  camelCache.set(key, result);
  return result;
}
function toSnakeCaseKey(key) {
  if (!/[A-Z]/.test(key)) return key;
  const cached = snakeCache.get(key);
  if (cached) return cached;
  if (/^[A-Z0-9_]+$/.test(key)) {
    snakeCache.set(key, key);
    return key;
  }
  const result = key.replace(/([A-Z\d]+)([A-Z][a-z])/g, "$1_$2").replace(/([a-z\d])([A-Z])/g, "$1_$2").toLowerCase();
  snakeCache.set(key, result);
  return result;
}
function isPlainObject(value) {
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}
function toCamelCaseDeep(input) {
  if (Array.isArray(input)) return input.map((item) => toCamelCaseDeep(item));
  if (isPlainObject(input)) {
    const result = {};
    for (const [key, value] of Object.entries(input)) result[toCamelCaseKey(key)] = toCamelCaseDeep(value);
    return result;
  }
  return input;
}
function toSnakeCaseDeep(input) {
  if (Array.isArray(input)) return input.map((item) => toSnakeCaseDeep(item));
  if (isPlainObject(input)) {
    const result = {};
    for (const [key, value] of Object.entries(input)) result[toSnakeCaseKey(key)] = toSnakeCaseDeep(value);
    return result;
  }
  return input;
}
var UNDERSCORE_KEYS = /* @__PURE__ */ new Map([
  ["dataApiVersion", "data_api_version"],
  ["routingModel", "routing_model"],
  ["refreshOnBack", "refresh_on_back"],
  ["dataChannelUri", "data_channel_uri"],
  ["previewParameters", "preview_parameters"],
  ["validationErrors", "validation_errors"],
  ["healthStatus", "health_status"],
  ["jsonVersion", "json_version"],
  ["dataApi", "data_api"],
  ["endpointUri", "endpoint_uri"]
]);
var KEBAB_KEYS = /* @__PURE__ */ new Map([
  ["onClickAction", "on-click-action"],
  ["onSelectAction", "on-select-action"],
  ["onUnselectAction", "on-unselect-action"],
  ["onDeselectAction", "on-deselect-action"],
  ["onBackAction", "on-back-action"],
  ["dataSource", "data-source"],
  ["initValue", "init-value"],
  ["initValues", "init-values"],
  ["errorMessage", "error-message"],
  ["helperText", "helper-text"],
  ["minChars", "min-chars"],
  ["maxChars", "max-chars"],
  ["minLength", "min-length"],
  ["maxLength", "max-length"],
  ["labelVariant", "label-variant"],
  ["fontWeight", "font-weight"],
  ["maxUploadedPhotos", "max-uploaded-photos"],
  ["maxUploadedDocuments", "max-uploaded-documents"],
  ["minUploadedPhotos", "min-uploaded-photos"],
  ["minUploadedDocuments", "min-uploaded-documents"],
  ["photoSource", "photo-source"],
  ["mediaSize", "media-size"],
  ["altText", "alt-text"],
  ["aspectRatio", "aspect-ratio"],
  ["flowToken", "flow_token"],
  ["flowAction", "flow_action"],
  ["flowActionPayload", "flow_action_payload"],
  ["phoneNumber", "phone_number"],
  ["leftCaption", "left-caption"],
  ["centerCaption", "center-caption"],
  ["rightCaption", "right-caption"],
  ["markdown", "markdown"],
  ["limitedTimeOffer", "limited-time-offer"],
  ["limitedTimeOfferExpirationTime", "limited-time-offer-expiration-time"],
  ["listItems", "list-items"],
  ["onClick", "on-click"],
  ["onSelect", "on-select"],
  ["onUnselect", "on-unselect"],
  ["maxSelectedItems", "max-selected-items"],
  ["minSelectedItems", "min-selected-items"],
  ["descriptionText", "description-text"],
  ["includeDays", "include-days"],
  ["minDate", "min-date"],
  ["maxDate", "max-date"],
  ["unavailableDates", "unavailable-dates"],
  ["mode", "mode"],
  ["initError", "init-error"],
  ["errorMessages", "error-messages"],
  ["pageSize", "page-size"],
  ["displayMode", "display-mode"],
  ["capabilities", "capabilities"],
  ["markdownEnabled", "markdown-enabled"],
  ["mediaUrl", "media-url"],
  ["flowActionData", "flow_action_data"],
  ["flowId", "flow_id"],
  ["flowName", "flow_name"]
]);
var REVERSE_UNDERSCORE_KEYS = /* @__PURE__ */ new Map();
var REVERSE_KEBAB_KEYS = /* @__PURE__ */ new Map();
for (const [camel, wire] of UNDERSCORE_KEYS.entries()) REVERSE_UNDERSCORE_KEYS.set(wire, camel);
for (const [camel, wire] of KEBAB_KEYS.entries()) REVERSE_KEBAB_KEYS.set(wire, camel);
var STRICT_IGNORE_KEYS = /* @__PURE__ */ new Set(["__example__"]);
var PRESERVE_KEYS = /* @__PURE__ */ new Set([
  "version",
  "screens",
  "id",
  "title",
  "terminal",
  "success",
  "sensitive",
  "data",
  "layout",
  "children",
  "type",
  "name",
  "visible",
  "required",
  "enabled",
  "form",
  "payload",
  "action",
  "screen",
  "flowToken",
  "flow_token",
  "flowActionPayload",
  "flow_action_payload",
  "flowAction",
  "flow_action",
  "flowId",
  "flow_id"
]);
var hashImplementation = initializeHashImplementation();
function initializeHashImplementation() {
  try {
    if (typeof createHash === "function") return (input) => createHash("sha256").update(input).digest("hex");
  } catch {
    return;
  }
}
function toFlowJsonWireCase(input, options = {}) {
  const { strictCamel = true } = options;
  const transform = (value, frame) => {
    if (Array.isArray(value)) return value.map((item) => transform(item, frame));
    if (isPlainObject(value)) {
      const isComponent = isComponentObject(value);
      const result = {};
      for (const [rawKey, rawVal] of Object.entries(value)) {
        if (strictCamel && shouldEnforceCamel(rawKey)) {
          const expected = suggestCamelCase(rawKey);
          throw new Error(`Flow JSON authoring should use camelCase key "${expected}" instead of "${rawKey}". Please update your source.`);
        }
        const mappedKey = mapAuthoringKey(rawKey, isComponent);
        result[mappedKey] = transform(rawVal, { isComponent });
      }
      return result;
    }
    return value;
  };
  return transform(input, { isComponent: false });
}
function isComponentObject(value) {
  if (typeof value.type !== "string") return false;
  const type = value.type;
  return /^[A-Z]/.test(type);
}
function mapAuthoringKey(key, isComponent) {
  if (UNDERSCORE_KEYS.has(key)) return UNDERSCORE_KEYS.get(key);
  if (KEBAB_KEYS.has(key)) return KEBAB_KEYS.get(key);
  if (PRESERVE_KEYS.has(key)) return key;
  if (/^[A-Z0-9_]+$/.test(key)) return key;
  if (isComponent && /[A-Z]/.test(key)) return camelToKebab(key);
  return key;
}
function mapWireKey(key) {
  if (REVERSE_UNDERSCORE_KEYS.has(key)) return REVERSE_UNDERSCORE_KEYS.get(key);
  if (REVERSE_KEBAB_KEYS.has(key)) return REVERSE_KEBAB_KEYS.get(key);
  if (key.startsWith("__") && key.endsWith("__")) return key;
  if (key.includes("-")) return key.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  if (key.includes("_")) return key.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());
  return key;
}
function shouldEnforceCamel(key) {
  if (STRICT_IGNORE_KEYS.has(key)) return false;
  if (key.startsWith("__") && key.endsWith("__")) return false;
  return key.includes("_") || key.includes("-");
}
function suggestCamelCase(key) {
  return key.replace(/^__/, "__").replace(/[-_]+([a-z0-9])/gi, (_, char) => char.toUpperCase()).replace(/^([A-Z])/, (match) => match.toLowerCase());
}
function camelToKebab(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z])([A-Z][a-z])/g, "$1-$2").toLowerCase();
}
function canonicalizeFlowJson(value) {
  const canonical = canonicalize(value);
  return JSON.stringify(canonical);
}
function canonicalize(value) {
  if (Array.isArray(value)) return value.map((item) => canonicalize(item));
  if (isPlainObject(value)) {
    const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    const result = {};
    for (const [key, val] of entries) result[key] = canonicalize(val);
    return result;
  }
  return value;
}
function computeFlowJsonHash(value) {
  const canonical = canonicalizeFlowJson(value);
  if (hashImplementation) return hashImplementation(canonical);
  throw new Error("SHA-256 hashing is not available in this environment");
}
function fromWireKeyName(key) {
  return mapWireKey(key);
}

// ../../main/node_modules/@kapso/whatsapp-cloud-api/dist/index.js
var codeCategoryMap = /* @__PURE__ */ new Map([
  [0, "authorization"],
  [190, "authorization"],
  [3, "permission"],
  [10, "permission"],
  [200, "permission"],
  [201, "permission"],
  [202, "permission"],
  [203, "permission"],
  [204, "permission"],
  [205, "permission"],
  [206, "permission"],
  [207, "permission"],
  [208, "permission"],
  [209, "permission"],
  [210, "permission"],
  [211, "permission"],
  [212, "permission"],
  [213, "permission"],
  [214, "permission"],
  [215, "permission"],
  [216, "permission"],
  [217, "permission"],
  [218, "permission"],
  [219, "permission"],
  [4, "throttling"],
  [80007, "throttling"],
  [130429, "throttling"],
  [131048, "throttling"],
  [131056, "throttling"],
  [33, "parameter"],
  [100, "parameter"],
  [130472, "parameter"],
  [131008, "parameter"],
  [131009, "parameter"],
  [131021, "parameter"],
  [131026, "parameter"],
  [131051, "media"],
  [131052, "media"],
  [131053, "media"],
  [131e3, "server"],
  [131016, "server"],
  [131057, "server"],
  [133004, "server"],
  [133005, "server"],
  [368, "integrity"],
  [130497, "integrity"],
  [131031, "integrity"],
  [131047, "reengagementWindow"],
  [131037, "wabaConfig"],
  [131042, "businessEligibility"],
  [131045, "phoneRegistration"],
  [133e3, "phoneRegistration"],
  [133006, "phoneRegistration"],
  [133008, "phoneRegistration"],
  [133009, "phoneRegistration"],
  [133010, "phoneRegistration"],
  [133015, "phoneRegistration"],
  [133016, "phoneRegistration"],
  [132e3, "template"],
  [132001, "template"],
  [132005, "template"],
  [132007, "template"],
  [132012, "template"],
  [132015, "template"],
  [132016, "template"],
  [132068, "flow"],
  [132069, "flow"],
  [134011, "businessEligibility"],
  [135e3, "parameter"],
  [2593107, "synchronization"],
  [2593108, "synchronization"]
]);
var permissionRangeStart = 200;
var permissionRangeEnd = 299;
function categorizeErrorCode(code, httpStatus) {
  if (typeof code === "number") {
    const category = codeCategoryMap.get(code);
    if (category) return category;
    if (code >= permissionRangeStart && code <= permissionRangeEnd) return "permission";
  }
  if (httpStatus === 401) return "authorization";
  if (httpStatus === 403) return "permission";
  if (httpStatus === 404) return "parameter";
  if (httpStatus === 429) return "throttling";
  if (httpStatus >= 500) return "server";
  if (httpStatus >= 400 && httpStatus < 500) return "parameter";
  return "unknown";
}
var DO_NOT_RETRY_CODES = /* @__PURE__ */ new Set([
  131049,
  131050,
  131047,
  368,
  130497,
  131031
]);
var REFRESH_TOKEN_CODES = /* @__PURE__ */ new Set([0, 190]);
function deriveRetryHint({ category, code, httpStatus, retryAfterMs }) {
  if (typeof retryAfterMs === "number") return {
    action: "retry_after",
    retryAfterMs
  };
  if (typeof code === "number" && DO_NOT_RETRY_CODES.has(code)) return { action: "do_not_retry" };
  switch (category) {
    case "authorization":
      return { action: "refresh_token" };
    case "throttling":
      return { action: "retry_after" };
    case "integrity":
      return { action: "do_not_retry" };
    case "reengagementWindow":
      return { action: "do_not_retry" };
    case "businessEligibility":
    case "phoneRegistration":
    case "wabaConfig":
    case "template":
    case "media":
    case "permission":
    case "parameter":
    case "flow":
    case "synchronization":
      return { action: "fix_and_retry" };
    case "server":
      return httpStatus >= 500 ? { action: "retry" } : { action: "fix_and_retry" };
    case "unknown":
    default:
      return httpStatus >= 500 ? { action: "retry" } : { action: "fix_and_retry" };
  }
}
function shouldRefreshToken(code) {
  return typeof code === "number" && REFRESH_TOKEN_CODES.has(code);
}
var GraphApiError = class GraphApiError2 extends Error {
  httpStatus;
  code;
  type;
  details;
  errorSubcode;
  fbtraceId;
  errorData;
  category;
  retry;
  raw;
  constructor(params) {
    super(params.message);
    this.name = "GraphApiError";
    this.httpStatus = params.httpStatus;
    this.code = params.code;
    this.type = params.type;
    this.details = params.details;
    this.errorSubcode = params.errorSubcode;
    this.fbtraceId = params.fbtraceId;
    this.errorData = params.errorData;
    this.category = params.category;
    this.retry = params.retry;
    this.raw = params.raw;
  }
  static fromResponse(response, body, rawText) {
    const httpStatus = response.status;
    const retryAfterMs = parseRetryAfter(response.headers.get("Retry-After"));
    const camelBody = typeof body === "object" && body !== null ? toCamelCaseDeep(body) : body;
    if (isGraphErrorEnvelope(camelBody)) {
      const errorPayload = camelBody.error;
      const code = typeof errorPayload.code === "number" ? errorPayload.code : httpStatus;
      const type = errorPayload.type ?? GraphApiError2.name;
      const details = typeof errorPayload.errorData?.details === "string" ? errorPayload.errorData.details : void 0;
      const category$1 = categorizeErrorCode(typeof errorPayload.code === "number" ? errorPayload.code : void 0, httpStatus);
      const retry$1 = deriveRetryHint({
        category: category$1,
        code: typeof errorPayload.code === "number" ? errorPayload.code : void 0,
        httpStatus,
        retryAfterMs
      });
      const message$1 = errorPayload.message ?? defaultMessage(httpStatus, details, rawText);
      return new GraphApiError2({
        message: message$1,
        httpStatus,
        code,
        type,
        details,
        errorSubcode: errorPayload.errorSubcode,
        fbtraceId: errorPayload.fbtraceId,
        errorData: errorPayload.errorData,
        category: category$1,
        retry: retry$1,
        raw: camelBody
      });
    }
    if (camelBody && typeof camelBody === "object" && "error" in camelBody) {
      const { error } = camelBody;
      const errorMessage = typeof error === "string" ? error : defaultMessage(httpStatus, void 0, rawText);
      const category$1 = httpStatus >= 500 ? "server" : categorizeErrorCode(void 0, httpStatus);
      const retry$1 = deriveRetryHint({
        category: category$1,
        httpStatus,
        code: httpStatus,
        retryAfterMs
      });
      return new GraphApiError2({
        message: errorMessage,
        httpStatus,
        code: httpStatus,
        type: GraphApiError2.name,
        category: category$1,
        retry: retry$1,
        raw: camelBody
      });
    }
    const category = httpStatus >= 500 ? "server" : categorizeErrorCode(void 0, httpStatus);
    const retry = deriveRetryHint({
      category,
      httpStatus,
      code: httpStatus,
      retryAfterMs
    });
    const message = defaultMessage(httpStatus, void 0, rawText);
    return new GraphApiError2({
      message,
      httpStatus,
      code: httpStatus,
      type: GraphApiError2.name,
      category,
      retry,
      raw: rawText ?? body ?? null
    });
  }
  isAuthError() {
    return this.category === "authorization";
  }
  isRateLimit() {
    return this.category === "throttling";
  }
  isTemplateError() {
    return this.category === "template";
  }
  requiresTokenRefresh() {
    return this.category === "authorization" || shouldRefreshToken(typeof this.code === "number" ? this.code : void 0);
  }
  toJSON() {
    return {
      name: this.name,
      message: this.message,
      httpStatus: this.httpStatus,
      code: this.code,
      type: this.type,
      details: this.details,
      errorSubcode: this.errorSubcode,
      fbtraceId: this.fbtraceId,
      category: this.category,
      retry: this.retry,
      raw: this.raw
    };
  }
};
function isGraphErrorEnvelope(value) {
  if (!value || typeof value !== "object") return false;
  const payload = value.error;
  return typeof payload === "object" && payload !== null;
}
function parseRetryAfter(header) {
  if (!header) return;
  const numeric = Number(header);
  if (!Number.isNaN(numeric)) return Math.max(0, numeric) * 1e3;
  const date = Date.parse(header);
  if (!Number.isNaN(date)) {
    const diff = date - Date.now();
    return diff > 0 ? diff : 0;
  }
}
function defaultMessage(status, details, rawText) {
  if (details) return `Meta API request failed with status ${status}: ${details}`;
  if (rawText && rawText.trim().length > 0) return `Meta API request failed with status ${status}: ${rawText}`;
  return `Meta API request failed with status ${status}`;
}
var KapsoProxyRequiredError = class extends Error {
  feature;
  helpUrl = "https://kapso.ai/";
  constructor(feature) {
    const message = `${feature} is only available via the Kapso Proxy. Set baseUrl to https://api.kapso.ai/meta/whatsapp and provide kapsoApiKey. Create a free account at https://kapso.ai/`;
    super(message);
    this.name = "KapsoProxyRequiredError";
    this.feature = feature;
  }
};
async function parseJsonResponse(response) {
  if (!response.ok) {
    const text = await safeReadText(response);
    let parsed;
    if (text) try {
      parsed = JSON.parse(text);
    } catch {
      parsed = void 0;
    }
    throw GraphApiError.fromResponse(response, parsed, text);
  }
  if ((response.headers.get("content-type") ?? "").includes("application/json")) {
    const json = await response.json();
    return toCamelCaseDeep(json);
  }
  if (response.status === 204) return null;
  return await response.text();
}
async function safeReadText(response) {
  try {
    return await response.text();
  } catch (error) {
    return String(error);
  }
}
function assertKapsoProxy(client, feature) {
  try {
    const c = client;
    if (!(typeof c?.isKapsoProxy === "function" ? c.isKapsoProxy() : inferKapsoFromBaseUrl(c?.baseUrl))) throw new KapsoProxyRequiredError(feature);
  } catch {
    throw new KapsoProxyRequiredError(feature);
  }
}
function inferKapsoFromBaseUrl(baseUrl) {
  if (!baseUrl) return false;
  try {
    return new URL(baseUrl).hostname.endsWith("kapso.ai");
  } catch {
    return false;
  }
}
var baseMessageSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1, "phoneNumberId is required"),
  to: external_exports.string().min(1, "to must not be empty").optional(),
  recipient: external_exports.string().min(1, "recipient must not be empty").optional(),
  recipientType: external_exports.enum(["individual", "group"]).optional(),
  contextMessageId: external_exports.string().min(1).optional(),
  bizOpaqueCallbackData: external_exports.string().max(512).optional()
});
var MessageTransport = class {
  constructor(client) {
    this.client = client;
  }
  async send(phoneNumberId, payload) {
    return this.client.request("POST", `${phoneNumberId}/messages`, {
      body: payload,
      responseType: "json"
    });
  }
  async sendMessageRequest(phoneNumberId, payload) {
    return this.send(phoneNumberId, payload);
  }
};
function buildBasePayload(input, rest) {
  if (!input.to && !input.recipient) throw new Error("Provide to (a phone number), recipient (a business-scoped user ID), or both.");
  const payload = {
    messagingProduct: "whatsapp",
    recipientType: input.recipientType ?? "individual",
    ...input.to !== void 0 ? { to: input.to } : {},
    ...input.recipient !== void 0 ? { recipient: input.recipient } : {},
    ...rest
  };
  if (input.contextMessageId) payload.context = { messageId: input.contextMessageId };
  if (input.bizOpaqueCallbackData) payload.bizOpaqueCallbackData = input.bizOpaqueCallbackData;
  return payload;
}
var textMessageSchema = baseMessageSchema.extend({
  body: external_exports.string().min(1, "body must not be empty"),
  previewUrl: external_exports.boolean().optional()
});
var TextMessageSender = class {
  constructor(client) {
    this.client = client;
  }
  async send(input) {
    const parsed = textMessageSchema.parse(input);
    const payload = buildBasePayload(parsed, {
      type: "text",
      text: {
        body: parsed.body,
        ...parsed.previewUrl !== void 0 ? { previewUrl: parsed.previewUrl } : {}
      }
    });
    return this.client.sendMessageRequest(parsed.phoneNumberId, payload);
  }
};
var mediaSchema = external_exports.object({
  id: external_exports.string().min(1).optional(),
  link: external_exports.string().url().optional(),
  caption: external_exports.string().max(1024).optional()
}).refine((value) => Boolean(value.id || value.link), { message: "Either id or link must be provided" });
var imageMessageSchema = baseMessageSchema.extend({ image: mediaSchema });
var ImageMessageSender = class {
  constructor(client) {
    this.client = client;
  }
  async send(input) {
    const parsed = imageMessageSchema.parse(input);
    const payload = buildBasePayload(parsed, {
      type: "image",
      image: parsed.image
    });
    return this.client.sendMessageRequest(parsed.phoneNumberId, payload);
  }
};
var mediaRefBaseSchema = external_exports.object({
  id: external_exports.string().min(1).optional(),
  link: external_exports.string().url().optional()
});
var withMediaRefine = (schema) => schema.refine((value) => {
  const candidate = value;
  return Boolean(candidate?.id || candidate?.link);
}, { message: "Either id or link must be provided" });
var mediaRefSchema = withMediaRefine(mediaRefBaseSchema);
var documentSchema = withMediaRefine(mediaRefBaseSchema.extend({
  caption: external_exports.string().max(1024).optional(),
  filename: external_exports.string().max(240).optional()
}));
var videoSchema = withMediaRefine(mediaRefBaseSchema.extend({ caption: external_exports.string().max(1024).optional() }));
var audioSchema = withMediaRefine(mediaRefBaseSchema.extend({ voice: external_exports.boolean().optional() }));
var stickerSchema = mediaRefSchema;
var documentMessageSchema = baseMessageSchema.extend({ document: documentSchema });
var videoMessageSchema = baseMessageSchema.extend({ video: videoSchema });
var audioMessageSchema = baseMessageSchema.extend({ audio: audioSchema });
var stickerMessageSchema = baseMessageSchema.extend({ sticker: stickerSchema });
var DocumentMessageSender = class {
  constructor(client) {
    this.client = client;
  }
  async send(input) {
    const parsed = documentMessageSchema.parse(input);
    const payload = buildBasePayload(parsed, {
      type: "document",
      document: parsed.document
    });
    return this.client.sendMessageRequest(parsed.phoneNumberId, payload);
  }
};
var VideoMessageSender = class {
  constructor(client) {
    this.client = client;
  }
  async send(input) {
    const parsed = videoMessageSchema.parse(input);
    const payload = buildBasePayload(parsed, {
      type: "video",
      video: parsed.video
    });
    return this.client.sendMessageRequest(parsed.phoneNumberId, payload);
  }
};
var AudioMessageSender = class {
  constructor(client) {
    this.client = client;
  }
  async send(input) {
    const parsed = audioMessageSchema.parse(input);
    const payload = buildBasePayload(parsed, {
      type: "audio",
      audio: parsed.audio
    });
    return this.client.sendMessageRequest(parsed.phoneNumberId, payload);
  }
};
var StickerMessageSender = class {
  constructor(client) {
    this.client = client;
  }
  async send(input) {
    const parsed = stickerMessageSchema.parse(input);
    const payload = buildBasePayload(parsed, {
      type: "sticker",
      sticker: parsed.sticker
    });
    return this.client.sendMessageRequest(parsed.phoneNumberId, payload);
  }
};
var locationSchema = external_exports.object({
  latitude: external_exports.number(),
  longitude: external_exports.number(),
  name: external_exports.string().max(100).optional(),
  address: external_exports.string().max(300).optional()
});
var locationMessageSchema = baseMessageSchema.extend({ location: locationSchema });
var LocationMessageSender = class {
  constructor(client) {
    this.client = client;
  }
  async send(input) {
    const parsed = locationMessageSchema.parse(input);
    const payload = buildBasePayload(parsed, {
      type: "location",
      location: parsed.location
    });
    return this.client.sendMessageRequest(parsed.phoneNumberId, payload);
  }
};
var addressSchema = external_exports.object({
  street: external_exports.string().optional(),
  city: external_exports.string().optional(),
  state: external_exports.string().optional(),
  zip: external_exports.string().optional(),
  country: external_exports.string().optional(),
  countryCode: external_exports.string().optional(),
  type: external_exports.string().optional()
});
var emailSchema = external_exports.object({
  email: external_exports.string().optional(),
  type: external_exports.string().optional()
});
var phoneSchema = external_exports.object({
  phone: external_exports.string().optional(),
  waId: external_exports.string().optional(),
  type: external_exports.string().optional()
});
var urlSchema = external_exports.object({
  url: external_exports.string().optional(),
  type: external_exports.string().optional()
});
var nameSchema = external_exports.object({
  formattedName: external_exports.string().min(1, "formattedName is required"),
  firstName: external_exports.string().optional(),
  lastName: external_exports.string().optional(),
  middleName: external_exports.string().optional(),
  suffix: external_exports.string().optional(),
  prefix: external_exports.string().optional()
});
var orgSchema = external_exports.object({
  company: external_exports.string().optional(),
  department: external_exports.string().optional(),
  title: external_exports.string().optional()
});
var contactSchema = external_exports.object({
  name: nameSchema,
  birthday: external_exports.string().optional(),
  addresses: external_exports.array(addressSchema).optional(),
  emails: external_exports.array(emailSchema).optional(),
  org: orgSchema.optional(),
  phones: external_exports.array(phoneSchema).optional(),
  urls: external_exports.array(urlSchema).optional()
});
var contactsMessageSchema = baseMessageSchema.extend({ contacts: external_exports.array(contactSchema).min(1, "At least one contact is required") });
var ContactsMessageSender = class {
  constructor(client) {
    this.client = client;
  }
  async send(input) {
    const parsed = contactsMessageSchema.parse(input);
    const payload = buildBasePayload(parsed, {
      type: "contacts",
      contacts: parsed.contacts
    });
    return this.client.sendMessageRequest(parsed.phoneNumberId, payload);
  }
};
var templateComponentSchema = external_exports.object({ type: external_exports.string().min(1) }).loose();
var templateSchema = external_exports.object({
  name: external_exports.string().min(1, "template name is required"),
  language: external_exports.object({
    code: external_exports.string().min(1, "language code is required"),
    policy: external_exports.literal("deterministic").optional()
  }),
  components: external_exports.array(templateComponentSchema).optional()
}).transform((value) => value);
var templateMessageSchema = baseMessageSchema.extend({ template: templateSchema });
var TemplateMessageSender = class {
  constructor(client) {
    this.client = client;
  }
  async send(input) {
    const parsed = templateMessageSchema.parse(input);
    const payload = buildBasePayload(parsed, {
      type: "template",
      template: parsed.template
    });
    return this.client.sendMessageRequest(parsed.phoneNumberId, payload);
  }
};
var reactionSchema = external_exports.object({
  messageId: external_exports.string().min(1, "messageId is required"),
  emoji: external_exports.string().max(2).optional()
});
var reactionMessageSchema = baseMessageSchema.extend({ reaction: reactionSchema });
var ReactionMessageSender = class {
  constructor(client) {
    this.client = client;
  }
  async send(input) {
    const parsed = reactionMessageSchema.parse(input);
    const payload = buildBasePayload(parsed, {
      type: "reaction",
      reaction: parsed.reaction
    });
    return this.client.sendMessageRequest(parsed.phoneNumberId, payload);
  }
};
var MAX_BODY_CHARS = 1024;
var MAX_FOOTER_CHARS = 60;
var MAX_BUTTON_LABEL = 20;
var MAX_SECTION_TITLE = 24;
var MAX_CAROUSEL_CARD_BODY_CHARS = 160;
var MAX_CAROUSEL_CARD_BODY_LINE_BREAKS = 2;
function parseInput(schema, input, context) {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    return `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`;
  }).join("; ");
  throw new Error(`${context} validation failed: ${details}`);
}
var textHeaderSchema = external_exports.object({
  type: external_exports.literal("text"),
  text: external_exports.string().min(1).max(MAX_FOOTER_CHARS)
});
var headerMediaRef = external_exports.object({
  id: external_exports.string().min(1).optional(),
  link: external_exports.string().url().optional()
}).refine((v) => Boolean(v.id || v.link), { message: "Either id or link must be provided" });
var imageHeaderSchema = external_exports.object({
  type: external_exports.literal("image"),
  image: headerMediaRef
});
var videoHeaderSchema = external_exports.object({
  type: external_exports.literal("video"),
  video: headerMediaRef
});
var documentHeaderSchema = external_exports.object({
  type: external_exports.literal("document"),
  document: headerMediaRef
});
var anyHeaderSchema = external_exports.union([
  textHeaderSchema,
  imageHeaderSchema,
  videoHeaderSchema,
  documentHeaderSchema
]);
var buttonOptionSchema = external_exports.object({
  id: external_exports.string().min(1).max(256),
  title: external_exports.string().min(1).max(MAX_BUTTON_LABEL)
});
var buttonMessageSchema = baseMessageSchema.extend({
  bodyText: external_exports.string().min(1).max(MAX_BODY_CHARS),
  footerText: external_exports.string().max(MAX_FOOTER_CHARS).optional(),
  header: anyHeaderSchema.optional(),
  buttons: external_exports.array(buttonOptionSchema).min(1).max(3)
});
var listRowSchema = external_exports.object({
  id: external_exports.string().min(1).max(200),
  title: external_exports.string().min(1).max(MAX_SECTION_TITLE),
  description: external_exports.string().max(72).optional()
});
var listSectionSchema = external_exports.object({
  title: external_exports.string().max(MAX_SECTION_TITLE).optional(),
  rows: external_exports.array(listRowSchema).min(1).max(10)
});
var listMessageSchema = baseMessageSchema.extend({
  bodyText: external_exports.string().min(1).max(4096),
  buttonText: external_exports.string().min(1).max(MAX_BUTTON_LABEL),
  sections: external_exports.array(listSectionSchema).min(1).max(10),
  header: textHeaderSchema.optional(),
  footerText: external_exports.string().max(MAX_FOOTER_CHARS).optional()
});
var productMessageSchema = baseMessageSchema.extend({
  bodyText: external_exports.string().min(1).max(MAX_BODY_CHARS).optional(),
  footerText: external_exports.string().max(MAX_FOOTER_CHARS).optional(),
  header: textHeaderSchema.optional(),
  catalogId: external_exports.string().min(1),
  productRetailerId: external_exports.string().min(1)
});
var productItemSchema = external_exports.object({ productRetailerId: external_exports.string().min(1) });
var productListSectionSchema = external_exports.object({
  title: external_exports.string().min(1).max(MAX_SECTION_TITLE),
  productItems: external_exports.array(productItemSchema).min(1).max(30)
});
var productListMessageSchema = baseMessageSchema.extend({
  bodyText: external_exports.string().min(1).max(MAX_BODY_CHARS),
  footerText: external_exports.string().max(MAX_FOOTER_CHARS).optional(),
  header: textHeaderSchema.optional(),
  catalogId: external_exports.string().min(1),
  sections: external_exports.array(productListSectionSchema).min(1).max(10)
});
var flowActionPayloadSchema = external_exports.object({}).catchall(external_exports.unknown());
var addressSavedAddressSchema = external_exports.object({
  id: external_exports.string().min(1),
  value: external_exports.object({
    name: external_exports.string().optional(),
    phoneNumber: external_exports.string().optional(),
    inPinCode: external_exports.string().optional(),
    floorNumber: external_exports.string().optional(),
    buildingName: external_exports.string().optional(),
    address: external_exports.string().optional(),
    landmarkArea: external_exports.string().optional(),
    city: external_exports.string().optional()
  }).catchall(external_exports.unknown())
});
var addressParametersSchema = external_exports.object({
  country: external_exports.string().length(2),
  values: external_exports.object({}).catchall(external_exports.unknown()).optional(),
  savedAddresses: external_exports.array(addressSavedAddressSchema).optional(),
  validationErrors: external_exports.object({}).catchall(external_exports.unknown()).optional()
});
var addressMessageSchema = baseMessageSchema.extend({
  bodyText: external_exports.string().min(1).max(MAX_BODY_CHARS),
  footerText: external_exports.string().max(MAX_FOOTER_CHARS).optional(),
  parameters: addressParametersSchema
});
var locationRequestParametersSchema = external_exports.object({ requestMessage: external_exports.string().min(1).max(MAX_BODY_CHARS) });
var locationRequestMessageSchema = baseMessageSchema.extend({
  bodyText: external_exports.string().min(1).max(MAX_BODY_CHARS),
  footerText: external_exports.string().max(MAX_FOOTER_CHARS).optional(),
  parameters: locationRequestParametersSchema
});
var callPermissionParametersSchema = external_exports.object({
  phoneNumber: external_exports.string().min(1),
  callPurpose: external_exports.string().max(MAX_BODY_CHARS).optional()
});
var callPermissionMessageSchema = baseMessageSchema.extend({
  bodyText: external_exports.string().max(MAX_BODY_CHARS).optional(),
  footerText: external_exports.string().max(MAX_FOOTER_CHARS).optional(),
  parameters: callPermissionParametersSchema
});
var flowParametersSchema = external_exports.object({
  flowId: external_exports.string().min(1),
  flowCta: external_exports.string().min(1).max(MAX_BUTTON_LABEL),
  mode: external_exports.enum(["draft", "published"]).optional(),
  flowMessageVersion: external_exports.string().min(1).optional(),
  flowToken: external_exports.string().optional(),
  flowAction: external_exports.enum(["navigate", "data_exchange"]).optional(),
  flowActionPayload: flowActionPayloadSchema.optional()
});
var flowMessageSchema = baseMessageSchema.extend({
  bodyText: external_exports.string().min(1).max(MAX_BODY_CHARS),
  footerText: external_exports.string().max(MAX_FOOTER_CHARS).optional(),
  header: textHeaderSchema.optional(),
  parameters: flowParametersSchema
});
function buildHeader(header) {
  return header ? { ...header } : void 0;
}
function buildFooter(text) {
  return text ? { text } : void 0;
}
var ctaUrlParametersSchema = external_exports.object({
  displayText: external_exports.string().min(1).max(MAX_BUTTON_LABEL),
  url: external_exports.string().url()
});
var ctaUrlMessageSchema = baseMessageSchema.extend({
  bodyText: external_exports.string().min(1).max(MAX_BODY_CHARS),
  header: anyHeaderSchema.optional(),
  footerText: external_exports.string().max(MAX_FOOTER_CHARS).optional(),
  parameters: ctaUrlParametersSchema
});
var carouselCardBodyTextSchema = external_exports.string().max(MAX_CAROUSEL_CARD_BODY_CHARS).refine((value) => (value.match(/\r\n|\r|\n/g) ?? []).length <= MAX_CAROUSEL_CARD_BODY_LINE_BREAKS, { message: `Must include at most ${MAX_CAROUSEL_CARD_BODY_LINE_BREAKS} line breaks` });
var carouselHeaderSchema = external_exports.union([imageHeaderSchema, videoHeaderSchema]);
var carouselCtaActionSchema = external_exports.object({
  type: external_exports.literal("cta_url").optional(),
  displayText: external_exports.string().min(1).max(MAX_BUTTON_LABEL),
  url: external_exports.string().url()
});
var carouselQuickReplyActionSchema = external_exports.object({ buttons: external_exports.array(buttonOptionSchema).min(1) });
var carouselCardSchema$1 = external_exports.object({
  cardIndex: external_exports.number().int().min(0),
  header: carouselHeaderSchema,
  bodyText: carouselCardBodyTextSchema.optional(),
  action: external_exports.union([carouselCtaActionSchema, carouselQuickReplyActionSchema])
});
var carouselMessageSchema = baseMessageSchema.extend({
  bodyText: external_exports.string().min(1).max(MAX_BODY_CHARS),
  cards: external_exports.array(carouselCardSchema$1).min(2).max(10)
}).superRefine((value, ctx) => {
  const expectedIndexes = value.cards.map((_, index) => index);
  if (value.cards.map((card) => card.cardIndex).sort((left, right) => left - right).some((cardIndex, index) => cardIndex !== expectedIndexes[index])) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    path: ["cards"],
    message: "cardIndex values must be sequential from 0"
  });
  const firstAction = value.cards[0]?.action;
  const firstSignature = firstAction && "url" in firstAction ? "cta_url" : `quick_reply:${firstAction && "buttons" in firstAction ? firstAction.buttons.length : 0}`;
  const quickReplyIds = [];
  value.cards.forEach((card, index) => {
    if (("url" in card.action ? "cta_url" : `quick_reply:${card.action.buttons.length}`) !== firstSignature) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      path: [
        "cards",
        index,
        "action"
      ],
      message: "All carousel cards must use the same button structure"
    });
    if ("buttons" in card.action) quickReplyIds.push(...card.action.buttons.map((button) => button.id));
  });
  if (new Set(quickReplyIds).size !== quickReplyIds.length) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    path: ["cards"],
    message: "quick reply button ids must be unique across carousel cards"
  });
});
var catalogMessageSchema = baseMessageSchema.extend({
  bodyText: external_exports.string().min(1).max(MAX_BODY_CHARS).optional(),
  parameters: external_exports.object({ thumbnailProductRetailerId: external_exports.string().min(1).optional() }).default({})
});
var InteractiveMessageSender = class {
  constructor(client) {
    this.client = client;
  }
  assertTotalListRows(sections) {
    const total = sections.reduce((sum, s) => sum + (Array.isArray(s.rows) ? s.rows.length : 0), 0);
    if (total > 10) throw new Error(`List interactive message validation failed: total rows across all sections must be \u2264 10 (got ${total}).`);
  }
  async sendButtons(input) {
    const { phoneNumberId, to, recipient: recipient2, recipientType, contextMessageId, bizOpaqueCallbackData, bodyText, footerText, header, buttons } = parseInput(buttonMessageSchema, input, "Button interactive message");
    const interactive = {
      type: "button",
      body: { text: bodyText },
      action: { buttons: buttons.map((btn) => ({
        type: "reply",
        reply: {
          id: btn.id,
          title: btn.title
        }
      })) }
    };
    const builtHeader = buildHeader(header);
    if (builtHeader) Object.assign(interactive, { header: builtHeader });
    const footer = buildFooter(footerText);
    if (footer) Object.assign(interactive, { footer });
    const payload = buildBasePayload({
      phoneNumberId,
      to,
      recipient: recipient2,
      recipientType,
      contextMessageId,
      bizOpaqueCallbackData
    }, {
      type: "interactive",
      interactive
    });
    return this.client.sendMessageRequest(phoneNumberId, payload);
  }
  async sendList(input) {
    const { phoneNumberId, to, recipient: recipient2, recipientType, contextMessageId, bizOpaqueCallbackData, bodyText, buttonText, sections, header, footerText } = parseInput(listMessageSchema, input, "List interactive message");
    const interactive = {
      type: "list",
      body: { text: bodyText },
      action: {
        button: buttonText,
        sections: sections.map((section) => ({
          ...section.title ? { title: section.title } : {},
          rows: section.rows.map((row) => ({
            id: row.id,
            title: row.title,
            ...row.description ? { description: row.description } : {}
          }))
        }))
      }
    };
    this.assertTotalListRows(interactive.action.sections);
    const builtHeader = buildHeader(header);
    if (builtHeader) Object.assign(interactive, { header: builtHeader });
    const footer = buildFooter(footerText);
    if (footer) Object.assign(interactive, { footer });
    const payload = buildBasePayload({
      phoneNumberId,
      to,
      recipient: recipient2,
      recipientType,
      contextMessageId,
      bizOpaqueCallbackData
    }, {
      type: "interactive",
      interactive
    });
    return this.client.sendMessageRequest(phoneNumberId, payload);
  }
  async sendProduct(input) {
    const { phoneNumberId, to, recipient: recipient2, recipientType, contextMessageId, bizOpaqueCallbackData, bodyText, footerText, header, catalogId, productRetailerId } = parseInput(productMessageSchema, input, "Product interactive message");
    if (header) throw new Error("Product interactive message cannot include a header.");
    const interactive = {
      type: "product",
      action: {
        catalogId,
        productRetailerId
      }
    };
    if (bodyText) interactive.body = { text: bodyText };
    const builtHeader = buildHeader(header);
    if (builtHeader) Object.assign(interactive, { header: builtHeader });
    const footer = buildFooter(footerText);
    if (footer) Object.assign(interactive, { footer });
    const payload = buildBasePayload({
      phoneNumberId,
      to,
      recipient: recipient2,
      recipientType,
      contextMessageId,
      bizOpaqueCallbackData
    }, {
      type: "interactive",
      interactive
    });
    return this.client.sendMessageRequest(phoneNumberId, payload);
  }
  async sendProductList(input) {
    const { phoneNumberId, to, recipient: recipient2, recipientType, contextMessageId, bizOpaqueCallbackData, bodyText, footerText, header, catalogId, sections } = parseInput(productListMessageSchema, input, "Product list interactive message");
    if (!header) throw new Error("Product list interactive message requires a text header.");
    const totalProducts = sections.reduce((sum, section) => sum + section.productItems.length, 0);
    if (totalProducts > 30) throw new Error(`Product list interactive message validation failed: total products across sections must be \u2264 30 (got ${totalProducts}).`);
    const interactive = {
      type: "product_list",
      body: { text: bodyText },
      action: {
        catalogId,
        sections: sections.map((section) => ({
          title: section.title,
          productItems: section.productItems.map((item) => ({ productRetailerId: item.productRetailerId }))
        }))
      }
    };
    const builtHeader = buildHeader(header);
    if (builtHeader) Object.assign(interactive, { header: builtHeader });
    const footer = buildFooter(footerText);
    if (footer) Object.assign(interactive, { footer });
    const payload = buildBasePayload({
      phoneNumberId,
      to,
      recipient: recipient2,
      recipientType,
      contextMessageId,
      bizOpaqueCallbackData
    }, {
      type: "interactive",
      interactive
    });
    return this.client.sendMessageRequest(phoneNumberId, payload);
  }
  async sendFlow(input) {
    const { phoneNumberId, to, recipient: recipient2, recipientType, contextMessageId, bizOpaqueCallbackData, bodyText, footerText, header, parameters } = parseInput(flowMessageSchema, input, "Flow interactive message");
    const interactive = {
      type: "flow",
      body: { text: bodyText },
      action: {
        name: "flow",
        parameters: {
          flowCta: parameters.flowCta,
          flowId: parameters.flowId,
          flowMessageVersion: parameters.flowMessageVersion ?? "3",
          ...parameters.mode ? { mode: parameters.mode } : {},
          ...parameters.flowToken ? { flowToken: parameters.flowToken } : {},
          ...parameters.flowAction ? { flowAction: parameters.flowAction } : {},
          ...parameters.flowActionPayload ? { flowActionPayload: parameters.flowActionPayload } : {}
        }
      }
    };
    const builtHeader = buildHeader(header);
    if (builtHeader) Object.assign(interactive, { header: builtHeader });
    const footer = buildFooter(footerText);
    if (footer) Object.assign(interactive, { footer });
    const payload = buildBasePayload({
      phoneNumberId,
      to,
      recipient: recipient2,
      recipientType,
      contextMessageId,
      bizOpaqueCallbackData
    }, {
      type: "interactive",
      interactive
    });
    return this.client.sendMessageRequest(phoneNumberId, payload);
  }
  async sendAddress(input) {
    const { phoneNumberId, to, recipient: recipient2, recipientType, contextMessageId, bizOpaqueCallbackData, bodyText, footerText, parameters } = parseInput(addressMessageSchema, input, "Address interactive message");
    const interactive = {
      type: "address_message",
      body: { text: bodyText },
      action: {
        name: "address_message",
        parameters: {
          country: parameters.country,
          ...parameters.values ? { values: parameters.values } : {},
          ...parameters.savedAddresses ? { savedAddresses: parameters.savedAddresses } : {},
          ...parameters.validationErrors ? { validationErrors: parameters.validationErrors } : {}
        }
      }
    };
    const footer = buildFooter(footerText);
    if (footer) Object.assign(interactive, { footer });
    const payload = buildBasePayload({
      phoneNumberId,
      to,
      recipient: recipient2,
      recipientType,
      contextMessageId,
      bizOpaqueCallbackData
    }, {
      type: "interactive",
      interactive
    });
    return this.client.sendMessageRequest(phoneNumberId, payload);
  }
  async sendLocationRequest(input) {
    const { phoneNumberId, to, recipient: recipient2, recipientType, contextMessageId, bizOpaqueCallbackData, bodyText, footerText, parameters } = parseInput(locationRequestMessageSchema, input, "Location request interactive message");
    const interactive = {
      type: "location_request_message",
      body: { text: bodyText },
      action: {
        name: "send_location",
        parameters: { requestMessage: parameters.requestMessage }
      }
    };
    const footer = buildFooter(footerText);
    if (footer) Object.assign(interactive, { footer });
    const payload = buildBasePayload({
      phoneNumberId,
      to,
      recipient: recipient2,
      recipientType,
      contextMessageId,
      bizOpaqueCallbackData
    }, {
      type: "interactive",
      interactive
    });
    return this.client.sendMessageRequest(phoneNumberId, payload);
  }
  async sendCallPermissionRequest(input) {
    const { phoneNumberId, to, recipient: recipient2, recipientType, contextMessageId, bizOpaqueCallbackData, bodyText, footerText, parameters } = parseInput(callPermissionMessageSchema, input, "Call permission interactive message");
    const interactive = {
      type: "call_permission_request",
      action: {
        name: "call_permission_request",
        parameters: {
          phoneNumber: parameters.phoneNumber,
          ...parameters.callPurpose ? { callPurpose: parameters.callPurpose } : {}
        }
      }
    };
    if (bodyText) interactive.body = { text: bodyText };
    const footer = buildFooter(footerText);
    if (footer) Object.assign(interactive, { footer });
    const payload = buildBasePayload({
      phoneNumberId,
      to,
      recipient: recipient2,
      recipientType,
      contextMessageId,
      bizOpaqueCallbackData
    }, {
      type: "interactive",
      interactive
    });
    return this.client.sendMessageRequest(phoneNumberId, payload);
  }
  async sendCarousel(input) {
    const { phoneNumberId, to, recipient: recipient2, recipientType, contextMessageId, bizOpaqueCallbackData, bodyText, cards } = parseInput(carouselMessageSchema, input, "Carousel interactive message");
    const interactive = {
      type: "carousel",
      body: { text: bodyText },
      action: { cards: cards.map((card) => {
        const cardPayload = {
          cardIndex: card.cardIndex,
          type: "cta_url",
          header: card.header
        };
        if (card.bodyText) cardPayload.body = { text: card.bodyText };
        if ("url" in card.action) cardPayload.action = {
          name: "cta_url",
          parameters: {
            displayText: card.action.displayText,
            url: card.action.url
          }
        };
        else cardPayload.action = { buttons: card.action.buttons.map((button) => ({
          type: "quick_reply",
          quickReply: {
            id: button.id,
            title: button.title
          }
        })) };
        return cardPayload;
      }) }
    };
    const payload = buildBasePayload({
      phoneNumberId,
      to,
      recipient: recipient2,
      recipientType,
      contextMessageId,
      bizOpaqueCallbackData
    }, {
      type: "interactive",
      interactive
    });
    return this.client.sendMessageRequest(phoneNumberId, payload);
  }
  async sendRaw(input) {
    const { phoneNumberId, to, recipient: recipient2, recipientType, contextMessageId, bizOpaqueCallbackData, interactive } = input;
    const payload = buildBasePayload({
      phoneNumberId,
      to,
      recipient: recipient2,
      recipientType,
      contextMessageId,
      bizOpaqueCallbackData
    }, {
      type: "interactive",
      interactive
    });
    return this.client.sendMessageRequest(phoneNumberId, payload);
  }
  async sendCtaUrl(input) {
    const { phoneNumberId, to, recipient: recipient2, recipientType, contextMessageId, bizOpaqueCallbackData, bodyText, footerText, header, parameters } = parseInput(ctaUrlMessageSchema, input, "CTA URL interactive message");
    const interactive = {
      type: "cta_url",
      body: { text: bodyText },
      action: {
        name: "cta_url",
        parameters: {
          displayText: parameters.displayText,
          url: parameters.url
        }
      }
    };
    const builtHeader = buildHeader(header);
    if (builtHeader) Object.assign(interactive, { header: builtHeader });
    const footer = buildFooter(footerText);
    if (footer) Object.assign(interactive, { footer });
    const payload = buildBasePayload({
      phoneNumberId,
      to,
      recipient: recipient2,
      recipientType,
      contextMessageId,
      bizOpaqueCallbackData
    }, {
      type: "interactive",
      interactive
    });
    return this.client.sendMessageRequest(phoneNumberId, payload);
  }
  async sendCatalogMessage(input) {
    const { phoneNumberId, to, recipient: recipient2, recipientType, contextMessageId, bizOpaqueCallbackData, bodyText, parameters } = parseInput(catalogMessageSchema, input, "Catalog interactive message");
    const interactive = {
      type: "catalog_message",
      action: {
        name: "catalog_message",
        parameters: { ...parameters.thumbnailProductRetailerId ? { thumbnailProductRetailerId: parameters.thumbnailProductRetailerId } : {} }
      }
    };
    if (bodyText) interactive.body = { text: bodyText };
    const payload = buildBasePayload({
      phoneNumberId,
      to,
      recipient: recipient2,
      recipientType,
      contextMessageId,
      bizOpaqueCallbackData
    }, {
      type: "interactive",
      interactive
    });
    return this.client.sendMessageRequest(phoneNumberId, payload);
  }
};
var queryHistorySchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  direction: external_exports.string().optional(),
  status: external_exports.string().optional(),
  since: external_exports.string().optional(),
  until: external_exports.string().optional(),
  conversationId: external_exports.string().optional(),
  limit: external_exports.number().int().positive().max(100).optional(),
  after: external_exports.string().optional(),
  before: external_exports.string().optional(),
  fields: external_exports.string().optional()
}).passthrough();
var getMessageSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  messageId: external_exports.string().min(1),
  fields: external_exports.string().optional()
});
function cleanQuery$2(query) {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== void 0 && value !== null));
}
var MessagesResource = class {
  transport;
  textSender;
  imageSender;
  audioSender;
  documentSender;
  videoSender;
  stickerSender;
  locationSender;
  contactsSender;
  templateSender;
  reactionSender;
  interactiveSender;
  constructor(client) {
    this.client = client;
    this.transport = new MessageTransport(client);
    this.textSender = new TextMessageSender(this.transport);
    this.imageSender = new ImageMessageSender(this.transport);
    this.audioSender = new AudioMessageSender(this.transport);
    this.documentSender = new DocumentMessageSender(this.transport);
    this.videoSender = new VideoMessageSender(this.transport);
    this.stickerSender = new StickerMessageSender(this.transport);
    this.locationSender = new LocationMessageSender(this.transport);
    this.contactsSender = new ContactsMessageSender(this.transport);
    this.templateSender = new TemplateMessageSender(this.transport);
    this.reactionSender = new ReactionMessageSender(this.transport);
    this.interactiveSender = new InteractiveMessageSender(this.transport);
  }
  async sendText(input) {
    return this.textSender.send(input);
  }
  async sendImage(input) {
    return this.imageSender.send(input);
  }
  async sendAudio(input) {
    return this.audioSender.send(input);
  }
  async sendDocument(input) {
    return this.documentSender.send(input);
  }
  async sendVideo(input) {
    return this.videoSender.send(input);
  }
  async sendSticker(input) {
    return this.stickerSender.send(input);
  }
  async sendLocation(input) {
    return this.locationSender.send(input);
  }
  async sendContacts(input) {
    return this.contactsSender.send(input);
  }
  async sendTemplate(input) {
    return this.templateSender.send(input);
  }
  async sendReaction(input) {
    return this.reactionSender.send(input);
  }
  async sendInteractiveButtons(input) {
    return this.interactiveSender.sendButtons(input);
  }
  async sendInteractiveList(input) {
    return this.interactiveSender.sendList(input);
  }
  async sendInteractiveProduct(input) {
    return this.interactiveSender.sendProduct(input);
  }
  async sendInteractiveProductList(input) {
    return this.interactiveSender.sendProductList(input);
  }
  async sendInteractiveFlow(input) {
    return this.interactiveSender.sendFlow(input);
  }
  async sendInteractiveAddress(input) {
    return this.interactiveSender.sendAddress(input);
  }
  async sendInteractiveLocationRequest(input) {
    return this.interactiveSender.sendLocationRequest(input);
  }
  async sendInteractiveCallPermission(input) {
    return this.interactiveSender.sendCallPermissionRequest(input);
  }
  async sendInteractiveCtaUrl(input) {
    return this.interactiveSender.sendCtaUrl(input);
  }
  async sendInteractiveCarousel(input) {
    return this.interactiveSender.sendCarousel(input);
  }
  async sendInteractiveCatalogMessage(input) {
    return this.interactiveSender.sendCatalogMessage(input);
  }
  async sendInteractiveRaw(input) {
    return this.interactiveSender.sendRaw(input);
  }
  async sendRaw(input) {
    return this.transport.send(input.phoneNumberId, input.payload);
  }
  async markRead(input) {
    const payload = {
      messagingProduct: "whatsapp",
      status: "read",
      messageId: input.messageId,
      ...input.typingIndicator ? { typingIndicator: input.typingIndicator } : {}
    };
    return this.client.request("POST", `${input.phoneNumberId}/messages`, {
      body: payload,
      responseType: "json"
    });
  }
  async query(input) {
    assertKapsoProxy(this.client, "Message history API");
    const { phoneNumberId, ...rest } = queryHistorySchema.parse(input);
    const query = cleanQuery$2(rest);
    return this.client.request("GET", `${phoneNumberId}/messages`, {
      query,
      responseType: "json"
    });
  }
  async get(input) {
    assertKapsoProxy(this.client, "Message history API");
    const { phoneNumberId, messageId: messageId2, fields } = getMessageSchema.parse(input);
    const response = await this.client.request("GET", `${phoneNumberId}/messages/${messageId2}`, {
      query: cleanQuery$2({ fields }),
      responseType: "json"
    });
    if (response && typeof response === "object" && "data" in response) return response.data;
    return response;
  }
  async listByConversation(input) {
    assertKapsoProxy(this.client, "Message history API");
    const { phoneNumberId, conversationId, limit, after, before, fields } = input;
    return this.query({
      phoneNumberId,
      conversationId,
      limit,
      after,
      before,
      fields
    });
  }
};
var uploadSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1, "phoneNumberId is required"),
  type: external_exports.string().min(1, "type is required"),
  file: external_exports.custom(),
  fileName: external_exports.string().min(1).optional(),
  messagingProduct: external_exports.string().min(1).optional(),
  uploadStrategy: external_exports.enum(["default", "resumable"]).optional()
});
var getSchema$3 = external_exports.object({
  mediaId: external_exports.string().min(1, "mediaId is required"),
  phoneNumberId: external_exports.string().min(1).optional()
});
var MediaResource = class {
  constructor(client) {
    this.client = client;
  }
  async upload(input) {
    const parsed = uploadSchema.parse(input);
    const form = new FormData();
    form.set("messaging_product", parsed.messagingProduct ?? "whatsapp");
    form.set("type", parsed.type);
    const blob = toBlob(parsed.file);
    if (parsed.fileName) form.set("file", blob, parsed.fileName);
    else form.set("file", blob);
    if (parsed.uploadStrategy) form.set("upload_strategy", parsed.uploadStrategy);
    return this.client.request("POST", `${parsed.phoneNumberId}/media`, {
      body: form,
      responseType: "json"
    });
  }
  async get(input) {
    const parsed = getSchema$3.parse(input);
    if (this.client.isKapsoProxy() && !parsed.phoneNumberId) throw new Error("phoneNumberId is required when using the Kapso proxy");
    return this.client.request("GET", parsed.mediaId, {
      query: buildMediaQuery(parsed.phoneNumberId),
      responseType: "json"
    });
  }
  async delete(input) {
    const parsed = getSchema$3.parse(input);
    if (this.client.isKapsoProxy() && !parsed.phoneNumberId) throw new Error("phoneNumberId is required when using the Kapso proxy");
    return this.client.request("DELETE", parsed.mediaId, {
      query: buildMediaQuery(parsed.phoneNumberId),
      responseType: "json"
    });
  }
  /**
  * Download media bytes for a given mediaId.
  * - Uses {@link get} to resolve the short-lived URL, then performs a raw fetch with client auth headers.
  * - Set `as` to control the return type. Defaults to `arrayBuffer`.
  */
  async download(input) {
    const parsed = getSchema$3.parse(input);
    if (this.client.isKapsoProxy() && !parsed.phoneNumberId) throw new Error("phoneNumberId is required when using the Kapso proxy");
    const metadata = await this.get({
      mediaId: parsed.mediaId,
      phoneNumberId: parsed.phoneNumberId
    });
    const targetUrl = metadata.downloadUrl ?? metadata.url;
    const isKapsoHost = new URL(targetUrl).hostname.toLowerCase().endsWith("kapso.ai");
    const authMode = input.auth ?? "auto";
    const clientWithFetch = this.client;
    let res;
    if (authMode === "always" || authMode === "auto" && isKapsoHost) res = await clientWithFetch.fetch(targetUrl, { headers: input.headers });
    else {
      res = await clientWithFetch.rawFetch(targetUrl, { headers: input.headers });
      if ((res.status === 401 || res.status === 403) && authMode === "auto" && isKapsoHost) res = await clientWithFetch.fetch(targetUrl, { headers: input.headers });
    }
    if (input.as === "response") return res;
    if (input.as === "blob") return res.blob();
    return res.arrayBuffer();
  }
};
function buildMediaQuery(phoneNumberId) {
  if (!phoneNumberId) return;
  return { phoneNumberId };
}
function toBlob(uploadable) {
  if (uploadable instanceof Blob) return uploadable;
  if (typeof File !== "undefined" && uploadable instanceof File) return uploadable;
  if (uploadable instanceof ArrayBuffer) return new Blob([uploadable]);
  if (ArrayBuffer.isView(uploadable)) {
    const copy = new Uint8Array(uploadable.buffer, uploadable.byteOffset, uploadable.byteLength).slice();
    return new Blob([copy.buffer]);
  }
  throw new TypeError("Unsupported uploadable type");
}
var listSchema$3 = external_exports.object({
  businessAccountId: external_exports.string().min(1, "businessAccountId is required"),
  before: external_exports.string().optional(),
  after: external_exports.string().optional(),
  limit: external_exports.number().int().positive().optional(),
  order: external_exports.enum(["ASC", "DESC"]).optional(),
  status: external_exports.string().optional(),
  name: external_exports.string().optional(),
  category: external_exports.string().optional(),
  language: external_exports.string().optional()
});
var componentSchema = external_exports.object({ type: external_exports.string().min(1) }).loose();
var createSchema = external_exports.object({
  businessAccountId: external_exports.string().min(1, "businessAccountId is required"),
  name: external_exports.string().min(1, "name is required"),
  language: external_exports.string().min(1, "language is required"),
  category: external_exports.string().min(1, "category is required"),
  parameterFormat: external_exports.enum(["NAMED", "POSITIONAL"]).optional(),
  allowCategoryChange: external_exports.boolean().optional(),
  components: external_exports.array(componentSchema).nonempty(),
  qualityScoreCategory: external_exports.string().optional()
});
var deleteSchema = external_exports.object({
  businessAccountId: external_exports.string().min(1, "businessAccountId is required"),
  name: external_exports.string().min(1, "name is required"),
  language: external_exports.string().optional()
});
var getSchema$2 = external_exports.object({
  businessAccountId: external_exports.string().min(1, "businessAccountId is required"),
  templateId: external_exports.string().min(1, "templateId is required"),
  fields: external_exports.string().optional()
});
var TemplatesResource = class {
  constructor(client) {
    this.client = client;
  }
  async list(input) {
    const { businessAccountId, ...query } = listSchema$3.parse(input);
    return this.client.request("GET", `${businessAccountId}/message_templates`, {
      query: removeUndefined(query),
      responseType: "json"
    });
  }
  async create(input) {
    const { businessAccountId, ...body } = createSchema.parse(input);
    return this.client.request("POST", `${businessAccountId}/message_templates`, {
      body,
      responseType: "json"
    });
  }
  async delete(input) {
    const { businessAccountId, ...query } = deleteSchema.parse(input);
    return this.client.request("DELETE", `${businessAccountId}/message_templates`, {
      query: removeUndefined(query),
      responseType: "json"
    });
  }
  async get(input) {
    const { businessAccountId, templateId, fields } = getSchema$2.parse(input);
    return this.client.request("GET", `${businessAccountId}/message_templates/${templateId}`, {
      query: removeUndefined({ fields }),
      responseType: "json"
    });
  }
};
function removeUndefined(input) {
  const result = {};
  for (const [key, value] of Object.entries(input)) if (value !== void 0 && value !== null) result[key] = value;
  return result;
}
var requestCodeSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  codeMethod: external_exports.enum(["SMS", "VOICE"]),
  language: external_exports.string().min(2)
});
var verifyCodeSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  code: external_exports.string().min(1)
});
var registerSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  pin: external_exports.string().min(1),
  dataLocalizationRegion: external_exports.string().optional()
});
var deregisterSchema = external_exports.object({ phoneNumberId: external_exports.string().min(1) });
var settingsGetSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  includeSipCredentials: external_exports.boolean().optional()
});
var callingWeeklyHoursSchema = external_exports.object({
  dayOfWeek: external_exports.string().min(1),
  openTime: external_exports.string().min(1),
  closeTime: external_exports.string().min(1)
});
var callingHolidayScheduleSchema = external_exports.object({
  date: external_exports.string().min(1),
  startTime: external_exports.string().min(1),
  endTime: external_exports.string().min(1)
});
var callingHoursSchema = external_exports.object({
  status: external_exports.string().optional(),
  timezoneId: external_exports.string().optional(),
  weeklyOperatingHours: external_exports.array(callingWeeklyHoursSchema).optional(),
  holidaySchedule: external_exports.array(callingHolidayScheduleSchema).optional()
});
var callingSipServerSchema = external_exports.object({
  hostname: external_exports.string().min(1),
  port: external_exports.number().int().optional(),
  requestUriUserParams: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  sipUserPassword: external_exports.string().optional()
});
var callingSipSchema = external_exports.object({
  status: external_exports.string().optional(),
  servers: external_exports.array(callingSipServerSchema).optional()
});
var callingSettingsSchema = external_exports.object({
  status: external_exports.string().optional(),
  callIconVisibility: external_exports.string().optional(),
  callHours: callingHoursSchema.optional(),
  callbackPermissionStatus: external_exports.string().optional(),
  sip: callingSipSchema.optional()
});
var settingsUpdateSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  fallbackLanguage: external_exports.string().optional(),
  calling: callingSettingsSchema.optional()
}).passthrough();
var businessProfileGetSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  fields: external_exports.string().optional()
});
var businessProfileUpdateSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  about: external_exports.string().optional(),
  address: external_exports.string().optional(),
  description: external_exports.string().optional(),
  email: external_exports.string().min(1).optional(),
  profilePictureUrl: external_exports.string().url().optional(),
  websites: external_exports.array(external_exports.string().url()).optional(),
  vertical: external_exports.string().optional()
}).refine((v) => Object.keys(v).length > 1, { message: "At least one field to update is required" });
var PhoneNumbersResource = class {
  constructor(client) {
    this.client = client;
  }
  async requestCode(input) {
    const parsed = requestCodeSchema.parse(input);
    return this.client.request("POST", `${parsed.phoneNumberId}/request_code`, {
      body: {
        codeMethod: parsed.codeMethod,
        language: parsed.language
      },
      responseType: "json"
    });
  }
  async verifyCode(input) {
    const parsed = verifyCodeSchema.parse(input);
    return this.client.request("POST", `${parsed.phoneNumberId}/verify_code`, {
      body: { code: parsed.code },
      responseType: "json"
    });
  }
  async register(input) {
    const parsed = registerSchema.parse(input);
    const body = {
      messagingProduct: "whatsapp",
      pin: parsed.pin
    };
    if (parsed.dataLocalizationRegion) body.dataLocalizationRegion = parsed.dataLocalizationRegion;
    return this.client.request("POST", `${parsed.phoneNumberId}/register`, {
      body,
      responseType: "json"
    });
  }
  async deregister(input) {
    const parsed = deregisterSchema.parse(input);
    return this.client.request("POST", `${parsed.phoneNumberId}/deregister`, { responseType: "json" });
  }
  settings = {
    get: async (input) => {
      const parsed = settingsGetSchema.parse(input);
      const query = parsed.includeSipCredentials ? { includeSipCredentials: true } : void 0;
      return this.client.request("GET", `${parsed.phoneNumberId}/settings`, {
        query,
        responseType: "json"
      });
    },
    update: async (input) => {
      const { phoneNumberId, ...rest } = settingsUpdateSchema.parse(input);
      return this.client.request("POST", `${phoneNumberId}/settings`, {
        body: rest,
        responseType: "json"
      });
    }
  };
  businessProfile = {
    get: async (input) => {
      const { phoneNumberId, fields } = businessProfileGetSchema.parse(input);
      return this.client.request("GET", `${phoneNumberId}/whatsapp_business_profile`, {
        query: fields === void 0 ? void 0 : { fields },
        responseType: "json"
      });
    },
    update: async (input) => {
      const { phoneNumberId, ...rest } = businessProfileUpdateSchema.parse(input);
      return this.client.request("POST", `${phoneNumberId}/whatsapp_business_profile`, {
        body: {
          messagingProduct: "whatsapp",
          ...rest
        },
        responseType: "json"
      });
    }
  };
};
var sessionSchema = external_exports.object({
  sdpType: external_exports.string().min(1),
  sdp: external_exports.string().min(1)
});
var connectSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  to: external_exports.string().min(1).optional(),
  recipient: external_exports.string().min(1).optional(),
  session: sessionSchema.optional(),
  bizOpaqueCallbackData: external_exports.string().max(512).optional()
});
var callIdSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  callId: external_exports.string().min(1)
});
var preAcceptSchema = callIdSchema.extend({ session: sessionSchema });
var acceptSchema = preAcceptSchema.extend({ bizOpaqueCallbackData: external_exports.string().max(512).optional() });
var permissionsSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  userWaId: external_exports.string().min(1)
});
var listSchema$2 = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  direction: external_exports.string().optional(),
  status: external_exports.string().optional(),
  since: external_exports.string().optional(),
  until: external_exports.string().optional(),
  callId: external_exports.string().optional(),
  limit: external_exports.number().int().positive().max(100).optional(),
  after: external_exports.string().optional(),
  before: external_exports.string().optional(),
  fields: external_exports.string().optional()
}).passthrough();
var getCallSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  callId: external_exports.string().min(1)
});
var CallsResource = class {
  constructor(client) {
    this.client = client;
  }
  async connect(input) {
    const { phoneNumberId, to, recipient: recipient2, session, bizOpaqueCallbackData } = connectSchema.parse(input);
    if (!to && !recipient2) throw new Error("Provide to (a phone number), recipient (a business-scoped user ID), or both.");
    const body = {
      messagingProduct: "whatsapp",
      ...to !== void 0 ? { to } : {},
      ...recipient2 !== void 0 ? { recipient: recipient2 } : {},
      action: "connect"
    };
    if (session) body.session = session;
    if (bizOpaqueCallbackData) body.bizOpaqueCallbackData = bizOpaqueCallbackData;
    return this.client.request("POST", `${phoneNumberId}/calls`, {
      body,
      responseType: "json"
    });
  }
  async preAccept(input) {
    const { phoneNumberId, callId, session } = preAcceptSchema.parse(input);
    return this.client.request("POST", `${phoneNumberId}/calls`, {
      body: {
        messagingProduct: "whatsapp",
        callId,
        action: "pre_accept",
        session
      },
      responseType: "json"
    });
  }
  async accept(input) {
    const { phoneNumberId, callId, session, bizOpaqueCallbackData } = acceptSchema.parse(input);
    const body = {
      messagingProduct: "whatsapp",
      callId,
      action: "accept",
      session
    };
    if (bizOpaqueCallbackData) body.bizOpaqueCallbackData = bizOpaqueCallbackData;
    return this.client.request("POST", `${phoneNumberId}/calls`, {
      body,
      responseType: "json"
    });
  }
  async reject(input) {
    const { phoneNumberId, callId } = callIdSchema.parse(input);
    return this.client.request("POST", `${phoneNumberId}/calls`, {
      body: {
        messagingProduct: "whatsapp",
        callId,
        action: "reject"
      },
      responseType: "json"
    });
  }
  async terminate(input) {
    const { phoneNumberId, callId } = callIdSchema.parse(input);
    return this.client.request("POST", `${phoneNumberId}/calls`, {
      body: {
        messagingProduct: "whatsapp",
        callId,
        action: "terminate"
      },
      responseType: "json"
    });
  }
  permissions = { get: async (input) => {
    const parsed = permissionsSchema.parse(input);
    return this.client.request("GET", `${parsed.phoneNumberId}/call_permissions`, {
      query: { userWaId: parsed.userWaId },
      responseType: "json"
    });
  } };
  async list(input) {
    assertKapsoProxy(this.client, "Calls history API");
    const { phoneNumberId, ...rest } = listSchema$2.parse(input);
    const query = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== void 0 && value !== null));
    return this.client.request("GET", `${phoneNumberId}/calls`, {
      query,
      responseType: "json"
    });
  }
  async get(input) {
    assertKapsoProxy(this.client, "Calls history API");
    const { phoneNumberId, callId } = getCallSchema.parse(input);
    return (await this.list({
      phoneNumberId,
      callId,
      limit: 1
    })).data[0];
  }
};
var listSchema$1 = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  status: external_exports.string().min(1).optional(),
  lastActiveSince: external_exports.string().min(1).optional(),
  lastActiveUntil: external_exports.string().min(1).optional(),
  phoneNumber: external_exports.string().min(1).optional(),
  limit: external_exports.number().int().positive().max(100).optional(),
  after: external_exports.string().optional(),
  before: external_exports.string().optional(),
  fields: external_exports.string().optional()
}).passthrough();
var getSchema$1 = external_exports.object({ conversationId: external_exports.string().min(1) });
var updateStatusSchema = external_exports.object({
  conversationId: external_exports.string().min(1),
  status: external_exports.string().min(1)
});
function cleanQuery$1(query) {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== void 0 && value !== null));
}
var ConversationsResource = class {
  constructor(client) {
    this.client = client;
  }
  async list(input) {
    assertKapsoProxy(this.client, "Conversations API");
    const { phoneNumberId, ...rest } = listSchema$1.parse(input);
    const query = cleanQuery$1(rest);
    return this.client.request("GET", `${phoneNumberId}/conversations`, {
      query,
      responseType: "json"
    });
  }
  async get(input) {
    assertKapsoProxy(this.client, "Conversations API");
    const { conversationId } = getSchema$1.parse(input);
    const response = await this.client.request("GET", `conversations/${conversationId}`, { responseType: "json" });
    if (response && typeof response === "object" && "data" in response) return response.data;
    return response;
  }
  async updateStatus(input) {
    assertKapsoProxy(this.client, "Conversations API");
    const { conversationId, status } = updateStatusSchema.parse(input);
    return this.client.request("PATCH", `conversations/${conversationId}`, {
      body: { status },
      responseType: "json"
    });
  }
};
var listSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  waId: external_exports.string().min(1).optional(),
  hasCustomer: external_exports.boolean().optional(),
  customerId: external_exports.string().uuid().optional(),
  limit: external_exports.number().int().positive().max(100).optional(),
  after: external_exports.string().optional(),
  before: external_exports.string().optional(),
  fields: external_exports.string().optional()
}).passthrough();
var getSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  waId: external_exports.string().min(1)
});
var updateSchema = external_exports.object({
  phoneNumberId: external_exports.string().min(1),
  waId: external_exports.string().min(1),
  profileName: external_exports.string().optional(),
  displayName: external_exports.string().optional(),
  metadata: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
}).refine((value) => {
  return Object.keys(value).filter((key) => !["phoneNumberId", "waId"].includes(key)).length > 0;
}, { message: "At least one field to update is required" });
function cleanQuery(query) {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== void 0 && value !== null));
}
var ContactsResource = class {
  constructor(client) {
    this.client = client;
  }
  async list(input) {
    assertKapsoProxy(this.client, "Contacts API");
    const { phoneNumberId, ...rest } = listSchema.parse(input);
    const query = cleanQuery(rest);
    return this.client.request("GET", `${phoneNumberId}/contacts`, {
      query,
      responseType: "json"
    });
  }
  async get(input) {
    assertKapsoProxy(this.client, "Contacts API");
    const { phoneNumberId, waId } = getSchema.parse(input);
    const response = await this.client.request("GET", `${phoneNumberId}/contacts/${waId}`, { responseType: "json" });
    if (response && typeof response === "object" && "data" in response) return response.data;
    return response;
  }
  async update(input) {
    assertKapsoProxy(this.client, "Contacts API");
    const { phoneNumberId, waId, ...body } = updateSchema.parse(input);
    return this.client.request("PATCH", `${phoneNumberId}/contacts/${waId}`, {
      body,
      responseType: "json"
    });
  }
};
var FlowsResource = class {
  client;
  lastDeployedHashes = /* @__PURE__ */ new Map();
  constructor(client) {
    this.client = client;
  }
  /** Internal helper exposed for tests only. */
  __setLastDeployedHash(input) {
    const key = input.key ?? this.buildCacheKey(input.wabaId ?? "", input.name);
    this.lastDeployedHashes.set(key, { hash: input.hash });
  }
  async create(options) {
    const { wabaId, name, categories, flowJson, publish, endpointUri } = options;
    const body = {
      name,
      categories: categories && categories.length > 0 ? categories : ["OTHER"],
      flow_json: JSON.stringify(toFlowJsonWireCase(flowJson))
    };
    if (publish !== void 0) body.publish = publish;
    if (endpointUri) body.endpoint_uri = endpointUri;
    const response = await this.client.request("POST", `/${wabaId}/flows`, {
      body,
      responseType: "json"
    });
    return {
      id: response.id,
      success: response.success,
      validationErrors: normalizeValidationErrors(extractValidationErrors(response))
    };
  }
  async updateAsset(options) {
    const { flowId, json, file, phoneNumberId, businessAccountId } = options;
    if (!json && !file) throw new Error("Must supply either json or file when updating a Flow asset");
    const form = new FormData();
    if (json) {
      const payload = JSON.stringify(toFlowJsonWireCase(json));
      const blob = new Blob([payload], { type: "application/json" });
      form.append("file", blob, "flow.json");
    } else if (file instanceof Blob) form.append("file", file, "flow.json");
    else if (file instanceof ArrayBuffer || ArrayBuffer.isView(file)) {
      const buf = toStrictArrayBuffer(file);
      const blob = new Blob([buf], { type: "application/json" });
      form.append("file", blob, "flow.json");
    } else throw new Error("Unsupported file type for Flow asset upload");
    form.append("name", "flow.json");
    form.append("asset_type", "FLOW_JSON");
    const query = {};
    if (phoneNumberId) query.phoneNumberId = phoneNumberId;
    if (businessAccountId) query.businessAccountId = businessAccountId;
    const response = await this.client.request("POST", `/${flowId}/assets`, {
      body: form,
      query: Object.keys(query).length ? query : void 0,
      responseType: "json"
    });
    return {
      success: response.success,
      validationErrors: normalizeValidationErrors(extractValidationErrors(response))
    };
  }
  async publish(options) {
    const { flowId, phoneNumberId, businessAccountId } = options;
    const query = {};
    if (phoneNumberId) query.phoneNumberId = phoneNumberId;
    if (businessAccountId) query.businessAccountId = businessAccountId;
    return this.client.request("POST", `/${flowId}/publish`, {
      query: Object.keys(query).length ? query : void 0,
      responseType: "json"
    });
  }
  async deprecate(options) {
    const { flowId, phoneNumberId, businessAccountId } = options;
    const query = {};
    if (phoneNumberId) query.phoneNumberId = phoneNumberId;
    if (businessAccountId) query.businessAccountId = businessAccountId;
    return this.client.request("POST", `/${flowId}/deprecate`, {
      query: Object.keys(query).length ? query : void 0,
      responseType: "json"
    });
  }
  async preview(options) {
    const { flowId, interactive, fields, params, phoneNumberId, businessAccountId } = options;
    const queryParams = { fields: fields ?? (interactive ? "preview.invalidate(false)" : "preview") };
    if (params) Object.assign(queryParams, params);
    if (phoneNumberId) queryParams.phoneNumberId = phoneNumberId;
    if (businessAccountId) queryParams.businessAccountId = businessAccountId;
    const preview = (await this.client.request("GET", `/${flowId}`, {
      query: queryParams,
      responseType: "json"
    })).preview ?? {
      preview_url: "",
      expires_at: ""
    };
    return { preview: {
      previewUrl: preview.previewUrl ?? preview.preview_url ?? "",
      expiresAt: preview.expiresAt ?? preview.expires_at ?? ""
    } };
  }
  async get(options) {
    return this.client.request("GET", `/${options.flowId}`, {
      query: options.fields ? { fields: options.fields } : void 0,
      responseType: "json"
    });
  }
  async list(options) {
    const { wabaId, limit, after } = options;
    const query = {};
    if (limit !== void 0) query.limit = limit;
    if (after) query.after = after;
    return this.client.request("GET", `/${wabaId}/flows`, {
      query,
      responseType: "json"
    });
  }
  async deploy(flowJson, options) {
    const { name, wabaId, endpointUri, publish, preview, flowId: providedFlowId, categories, forceAssetUpload } = options;
    const cacheKey = this.buildCacheKey(wabaId, name);
    const hash = computeFlowJsonHash(flowJson);
    let flowId = providedFlowId;
    let validationErrors;
    if (!flowId) {
      const createResponse = await this.create({
        wabaId,
        name,
        categories,
        flowJson,
        endpointUri,
        publish: false
      });
      flowId = createResponse.id;
      validationErrors = createResponse.validationErrors;
      this.lastDeployedHashes.set(cacheKey, { hash });
    } else {
      const last = this.lastDeployedHashes.get(cacheKey);
      if (!last || last.hash !== hash || forceAssetUpload) {
        const update = await this.updateAsset({
          flowId,
          json: flowJson
        });
        if (update.validationErrors?.length) validationErrors = update.validationErrors;
        this.lastDeployedHashes.set(cacheKey, { hash });
      }
    }
    if (!flowId) throw new Error("Unable to resolve Flow ID after deployment");
    if (publish) await this.publish({ flowId });
    let previewUrl;
    if (preview) {
      const previewOptions = typeof preview === "boolean" ? { interactive: preview } : preview;
      previewUrl = (await this.preview({
        flowId,
        interactive: previewOptions.interactive,
        params: previewOptions.params
      })).preview.previewUrl || void 0;
    }
    return {
      flowId,
      previewUrl,
      validationErrors
    };
  }
  buildCacheKey(wabaId, name) {
    return `${wabaId}::${name}`;
  }
};
function toStrictArrayBuffer(input) {
  if (input instanceof ArrayBuffer) return input;
  const src = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const copy = new Uint8Array(src.byteLength);
  copy.set(src);
  return copy.buffer;
}
function normalizeValidationErrors(input) {
  if (!Array.isArray(input)) return void 0;
  const normalized = [];
  for (const candidate of input) {
    if (!isPlainObject(candidate)) continue;
    const errorCode = candidate.error;
    const entry = { error: typeof errorCode === "string" ? errorCode : String(errorCode ?? "") };
    for (const [key, value] of Object.entries(candidate)) {
      if (key === "error") continue;
      if (key === "error_type") {
        entry.errorType = typeof value === "string" ? value : String(value);
        continue;
      }
      if (key === "pointers" && Array.isArray(value)) {
        entry.pointers = value.filter(isPlainObject).map((pointer) => mapPointer(pointer));
        continue;
      }
      const camelKey = fromWireKeyName(key);
      entry[camelKey] = value;
    }
    const hint = deriveHint(entry.pointers);
    if (hint) entry.hint = hint;
    normalized.push(entry);
  }
  return normalized.length > 0 ? normalized : void 0;
}
function mapPointer(pointer) {
  const result = {};
  for (const [key, value] of Object.entries(pointer)) {
    if (key === "path") {
      result.path = typeof value === "string" ? value : String(value);
      continue;
    }
    const camelKey = fromWireKeyName(key);
    result[camelKey] = value;
  }
  return result;
}
function deriveHint(pointers) {
  if (!pointers) return void 0;
  for (const pointer of pointers) {
    const path = pointer.path;
    if (!path) continue;
    const match = path.match(/([A-Za-z0-9_-]+)(?!.*[A-Za-z0-9_-])/);
    if (!match) continue;
    const segment = match[1];
    if (!segment.includes("-") && !segment.includes("_")) continue;
    const camel = fromWireKeyName(segment);
    if (camel === segment) continue;
    return `Use ${camel} (camelCase). We map it to ${segment}.`;
  }
}
function extractValidationErrors(source) {
  if ("validation_errors" in source && source.validation_errors !== void 0) return source.validation_errors;
  if ("validationErrors" in source && source.validationErrors !== void 0) return source.validationErrors;
}
var DEFAULT_BASE_URL = "https://graph.facebook.com";
var DEFAULT_GRAPH_VERSION = "v23.0";
var WhatsAppClient = class {
  messages;
  media;
  templates;
  phoneNumbers;
  calls;
  conversations;
  contacts;
  flows;
  accessToken;
  kapsoApiKey;
  baseUrl;
  graphVersion;
  fetchImpl;
  kapsoProxy;
  constructor(config) {
    if (!config?.accessToken && !config?.kapsoApiKey) throw new Error("Must provide either an accessToken or kapsoApiKey");
    this.accessToken = config.accessToken;
    this.kapsoApiKey = config.kapsoApiKey;
    this.baseUrl = normalizeBaseUrl(config.baseUrl ?? DEFAULT_BASE_URL);
    this.graphVersion = config.graphVersion ?? DEFAULT_GRAPH_VERSION;
    this.kapsoProxy = detectKapsoProxy(this.baseUrl, this.kapsoApiKey);
    this.fetchImpl = config.fetch ?? globalThis.fetch;
    if (typeof this.fetchImpl !== "function") throw new Error("Global fetch API is not available. Please supply a custom fetch implementation.");
    this.messages = new MessagesResource(this);
    this.media = new MediaResource(this);
    this.templates = new TemplatesResource(this);
    this.phoneNumbers = new PhoneNumbersResource(this);
    this.calls = new CallsResource(this);
    this.conversations = new ConversationsResource(this);
    this.contacts = new ContactsResource(this);
    this.flows = new FlowsResource(this);
  }
  isKapsoProxy() {
    return this.kapsoProxy;
  }
  async request(method, path, options = {}) {
    const { responseType, query, headers: headerOverrides, body } = options;
    const url = this.buildUrl(path, query);
    const headers = this.buildHeaders(headerOverrides);
    const init = {
      method: method.toUpperCase(),
      headers
    };
    if (body !== void 0 && body !== null) if (isFormData(body) || isBlob(body) || body instanceof URLSearchParams || typeof body === "string" || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) init.body = body;
    else {
      const payload = toSnakeCaseDeep(body);
      init.body = JSON.stringify(payload);
      if (!("Content-Type" in headers)) headers["Content-Type"] = "application/json";
    }
    const response = await this.fetchImpl(url, init);
    if (responseType === "json") return parseJsonResponse(response);
    return response;
  }
  /**
  * Perform a raw fetch to an absolute URL while automatically attaching the client's auth headers.
  * This does not modify the URL or payload (no base URL or version prefixing, no case conversion).
  */
  async fetch(url, init = {}) {
    const { headers: headerOverrides, ...rest } = init;
    const headers = this.buildHeaders(headerOverrides);
    const abs = typeof url === "string" ? url : url.toString();
    return this.fetchImpl(abs, {
      ...rest,
      headers
    });
  }
  /**
  * Perform a raw fetch WITHOUT attaching auth headers.
  * Useful for downloading media from public CDNs that reject Authorization headers.
  */
  async rawFetch(url, init = {}) {
    const abs = typeof url === "string" ? url : url.toString();
    return this.fetchImpl(abs, init);
  }
  buildHeaders(overrides) {
    const headers = {};
    if (this.accessToken) headers["Authorization"] = `Bearer ${this.accessToken}`;
    if (this.kapsoApiKey) headers["X-API-Key"] = this.kapsoApiKey;
    if (overrides) {
      for (const [key, value] of Object.entries(overrides)) if (value !== void 0 && value !== null) headers[key] = value;
    }
    return headers;
  }
  buildUrl(path, query) {
    const cleanedPath = stripLeadingSlash(path);
    const base = `${this.baseUrl}/${this.graphVersion}/`;
    const url = new URL(cleanedPath, ensureTrailingSlash(base));
    if (query) {
      const normalizedQuery = toSnakeCaseDeep(query);
      for (const [key, value] of Object.entries(normalizedQuery)) {
        if (value === void 0 || value === null) continue;
        if (Array.isArray(value)) {
          for (const item of value) if (item !== void 0 && item !== null) url.searchParams.append(key, String(item));
        } else url.searchParams.set(key, String(value));
      }
    }
    return url.toString();
  }
};
function stripLeadingSlash(input) {
  return input.replace(/^\/+/, "");
}
function ensureTrailingSlash(input) {
  return input.endsWith("/") ? input : `${input}/`;
}
function normalizeBaseUrl(input) {
  return input.replace(/\/+$/, "");
}
function detectKapsoProxy(baseUrl, kapsoApiKey) {
  if (typeof kapsoApiKey === "string" && kapsoApiKey.length > 0) return true;
  try {
    return new URL(baseUrl).hostname.endsWith("kapso.ai");
  } catch {
    return false;
  }
}
function isFormData(value) {
  return typeof FormData !== "undefined" && value instanceof FormData;
}
function isBlob(value) {
  return typeof Blob !== "undefined" && value instanceof Blob;
}
var NAME_REGEX = /^[a-z0-9_]{1,512}$/;
var LANGUAGE_REGEX = /^[a-z]{2}(?:_[A-Z]{2})?$/;
var CATEGORY_VALUES = [
  "UTILITY",
  "MARKETING",
  "AUTHENTICATION"
];
var HEADER_TEXT_MAX = 60;
var BODY_TEXT_MAX = 1024;
var FOOTER_TEXT_MAX = 60;
var CAROUSEL_BODY_TEXT_MAX = 160;
var OTP_SIGNATURE_REGEX = /^[A-Za-z0-9+/=]{11}$/;
var PACKAGE_NAME_REGEX = /^(?:[a-zA-Z][a-zA-Z0-9_]*\.)+[a-zA-Z][a-zA-Z0-9_]*$/;
var positionalPlaceholderRegex = /\{\{\s*(\d+)\s*\}\}/g;
var namedPlaceholderRegex = /\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g;
function extractPlaceholders(text) {
  const positional = /* @__PURE__ */ new Set();
  const named = /* @__PURE__ */ new Set();
  text.replace(positionalPlaceholderRegex, (_, match) => {
    positional.add(match);
    return "";
  });
  text.replace(namedPlaceholderRegex, (_, match) => {
    if (!/^[0-9]+$/.test(match)) named.add(match);
    return "";
  });
  if (positional.size > 0 && named.size > 0) throw new Error("Cannot mix positional and named placeholders in the same string");
  return {
    positionalCount: positional.size,
    namedKeys: named
  };
}
var HeaderTextExampleSchema = external_exports.object({ headerText: external_exports.array(external_exports.string().min(1)).min(1) }).or(external_exports.object({ headerTextNamedParams: external_exports.array(external_exports.object({
  paramName: external_exports.string().regex(/^[a-z0-9_]+$/),
  example: external_exports.string().min(1)
})).min(1) }));
var BodyTextExampleSchema = external_exports.object({ bodyText: external_exports.array(external_exports.array(external_exports.string().min(1)).min(1)).min(1) }).or(external_exports.object({ bodyTextNamedParams: external_exports.array(external_exports.object({
  paramName: external_exports.string().regex(/^[a-z0-9_]+$/),
  example: external_exports.string().min(1)
})).min(1) }));
var HeaderTextSchema = external_exports.object({
  type: external_exports.literal("HEADER"),
  format: external_exports.literal("TEXT"),
  text: external_exports.string().min(1).max(HEADER_TEXT_MAX),
  example: HeaderTextExampleSchema.optional()
}).superRefine((value, ctx) => {
  const { positionalCount, namedKeys } = extractPlaceholders(value.text);
  if (positionalCount === 0 && namedKeys.size === 0) {
    if (value.example) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "Header text example should be omitted when no placeholders are present",
      path: ["example"]
    });
    return;
  }
  if (!value.example) {
    ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "headerText example is required when placeholders are present",
      path: ["example"]
    });
    return;
  }
  if (positionalCount > 0) {
    if (!("headerText" in value.example)) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "headerText array must be provided for positional placeholders",
      path: ["example"]
    });
    else if (value.example.headerText.length !== positionalCount) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "headerText example count must match number of placeholders",
      path: ["example", "headerText"]
    });
  } else if (!("headerTextNamedParams" in value.example)) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "headerTextNamedParams must be provided for named placeholders",
    path: ["example"]
  });
  else {
    const provided = new Set(value.example.headerTextNamedParams.map((entry) => entry.paramName));
    for (const key of namedKeys) if (!provided.has(key)) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: `Missing example for named parameter ${key}`,
      path: ["example", "headerTextNamedParams"]
    });
  }
});
var HeaderMediaSchema = external_exports.object({
  type: external_exports.literal("HEADER"),
  format: external_exports.enum([
    "IMAGE",
    "VIDEO",
    "DOCUMENT"
  ]),
  example: external_exports.object({ headerHandle: external_exports.array(external_exports.string().min(1)).min(1) })
});
var HeaderLocationSchema = external_exports.object({
  type: external_exports.literal("HEADER"),
  format: external_exports.literal("LOCATION")
});
var HeaderComponentSchema = external_exports.discriminatedUnion("format", [
  HeaderTextSchema,
  HeaderMediaSchema,
  HeaderLocationSchema,
  external_exports.object({
    type: external_exports.literal("HEADER"),
    format: external_exports.literal("PRODUCT")
  })
]);
var BodyComponentSchema = external_exports.object({
  type: external_exports.literal("BODY"),
  text: external_exports.string().min(1).max(BODY_TEXT_MAX).optional(),
  example: BodyTextExampleSchema.optional(),
  addSecurityRecommendation: external_exports.boolean().optional()
}).superRefine((value, ctx) => {
  if (!value.text && !value.addSecurityRecommendation) {
    ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "BODY component must include text or addSecurityRecommendation",
      path: ["text"]
    });
    return;
  }
  if (!value.text) {
    if (value.example) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "Examples are not allowed when BODY text is omitted",
      path: ["example"]
    });
    return;
  }
  const { positionalCount, namedKeys } = extractPlaceholders(value.text);
  if (!(positionalCount > 0 || namedKeys.size > 0)) return;
  if (!value.example) {
    ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "bodyText example is required when placeholders are present",
      path: ["example"]
    });
    return;
  }
  if (positionalCount > 0) if (!("bodyText" in value.example)) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "bodyText example must be provided for positional placeholders",
    path: ["example"]
  });
  else {
    const firstRow = value.example.bodyText[0];
    if (!firstRow || firstRow.length !== positionalCount) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "bodyText example count must match number of placeholders",
      path: ["example", "bodyText"]
    });
  }
  else if (!("bodyTextNamedParams" in value.example)) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "bodyTextNamedParams must be provided for named placeholders",
    path: ["example"]
  });
  else {
    const provided = new Set(value.example.bodyTextNamedParams.map((entry) => entry.paramName));
    for (const key of namedKeys) if (!provided.has(key)) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: `Missing example for named parameter ${key}`,
      path: ["example", "bodyTextNamedParams"]
    });
  }
});
var FooterComponentSchema = external_exports.object({
  type: external_exports.literal("FOOTER"),
  text: external_exports.string().min(1).max(FOOTER_TEXT_MAX).optional(),
  codeExpirationMinutes: external_exports.number().int().min(1).max(90).optional()
}).superRefine((value, ctx) => {
  if (!value.text && value.codeExpirationMinutes === void 0) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "FOOTER must include text or codeExpirationMinutes",
    path: ["text"]
  });
  if (value.codeExpirationMinutes !== void 0 && value.codeExpirationMinutes > 10 && value.text) {
  }
});
var TemplateComponentSchema = external_exports.union([
  HeaderComponentSchema,
  BodyComponentSchema,
  FooterComponentSchema,
  external_exports.object({
    type: external_exports.literal("BUTTONS"),
    buttons: external_exports.array(external_exports.discriminatedUnion("type", [
      external_exports.object({
        type: external_exports.literal("QUICK_REPLY"),
        text: external_exports.string().min(1).max(25)
      }),
      external_exports.object({
        type: external_exports.literal("PHONE_NUMBER"),
        text: external_exports.string().min(1).max(25),
        phoneNumber: external_exports.string().min(1).max(20)
      }),
      external_exports.object({
        type: external_exports.literal("URL"),
        text: external_exports.string().min(1).max(25),
        url: external_exports.string().min(1).max(2e3),
        example: external_exports.array(external_exports.string().min(1)).min(1).max(1).optional()
      }).superRefine((v, ctx) => {
        if (/\{\{/.test(v.url) && !v.example) ctx.addIssue({
          code: external_exports.ZodIssueCode.custom,
          message: "URL with variable requires example",
          path: ["example"]
        });
      }),
      external_exports.object({
        type: external_exports.literal("COPY_CODE"),
        example: external_exports.string().min(1).max(15)
      }),
      external_exports.object({
        type: external_exports.literal("FLOW"),
        text: external_exports.string().min(1).max(25).optional(),
        flowId: external_exports.string().min(1).optional(),
        flowName: external_exports.string().min(1).optional(),
        flowJson: external_exports.string().min(1).optional(),
        flowAction: external_exports.enum(["navigate", "data_exchange"]).optional(),
        navigateScreen: external_exports.string().optional(),
        icon: external_exports.enum([
          "DOCUMENT",
          "PROMOTION",
          "REVIEW"
        ]).optional()
      }).superRefine((v, ctx) => {
        if ([
          v.flowId,
          v.flowName,
          v.flowJson
        ].filter(Boolean).length !== 1) ctx.addIssue({
          code: external_exports.ZodIssueCode.custom,
          message: "FLOW button requires exactly one of flowId, flowName, or flowJson"
        });
      }),
      external_exports.object({
        type: external_exports.literal("CATALOG"),
        text: external_exports.string().min(1).max(25)
      }),
      external_exports.object({
        type: external_exports.literal("MPM"),
        text: external_exports.string().min(1).max(25)
      }),
      external_exports.object({
        type: external_exports.literal("SPM"),
        text: external_exports.string().min(1).max(25)
      }),
      external_exports.object({
        type: external_exports.literal("OTP"),
        otpType: external_exports.enum([
          "COPY_CODE",
          "ONE_TAP",
          "ZERO_TAP"
        ]),
        text: external_exports.string().min(1).max(25).optional(),
        autofillText: external_exports.string().min(1).max(25).optional(),
        supportedApps: external_exports.array(external_exports.object({
          packageName: external_exports.string().regex(PACKAGE_NAME_REGEX, "Invalid package name"),
          signatureHash: external_exports.string().regex(OTP_SIGNATURE_REGEX, "signatureHash must be 11 characters base64 string")
        })).min(1).max(5).optional(),
        packageName: external_exports.string().regex(PACKAGE_NAME_REGEX, "Invalid package name").optional(),
        signatureHash: external_exports.string().regex(OTP_SIGNATURE_REGEX, "signatureHash must be 11 characters base64 string").optional()
      }).superRefine((v, ctx) => {
        if (v.packageName && !v.signatureHash || !v.packageName && v.signatureHash) ctx.addIssue({
          code: external_exports.ZodIssueCode.custom,
          message: "packageName and signatureHash must be provided together",
          path: v.packageName ? ["signatureHash"] : ["packageName"]
        });
        if (v.supportedApps) v.supportedApps.forEach((app, index) => {
          if (!OTP_SIGNATURE_REGEX.test(app.signatureHash)) ctx.addIssue({
            code: external_exports.ZodIssueCode.custom,
            message: "supportedApps.signatureHash must be 11 characters base64 string",
            path: [
              "supportedApps",
              index,
              "signatureHash"
            ]
          });
        });
      })
    ])).min(1)
  }).superRefine((value, ctx) => {
    const btns = value.buttons;
    if (btns.length > 10) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "A maximum of 10 buttons is allowed",
      path: ["buttons"]
    });
    if (btns.filter((b) => b.type === "URL").length > 2) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "At most 2 URL buttons allowed",
      path: ["buttons"]
    });
    if (btns.filter((b) => b.type === "PHONE_NUMBER").length > 1) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "At most 1 PHONE_NUMBER button allowed",
      path: ["buttons"]
    });
    if (btns.filter((b) => b.type === "CATALOG").length > 1) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "At most 1 CATALOG button allowed",
      path: ["buttons"]
    });
    if (btns.filter((b) => b.type === "MPM").length > 1) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "At most 1 MPM button allowed",
      path: ["buttons"]
    });
    if (btns.filter((b) => b.type === "SPM").length > 1) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "At most 1 SPM button allowed",
      path: ["buttons"]
    });
    if (btns.filter((b) => b.type === "OTP").length > 1) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "At most 1 OTP button allowed",
      path: ["buttons"]
    });
    if (btns.some((b) => b.type === "OTP") && value.buttons.length > 1) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "OTP buttons cannot be combined with other buttons",
      path: ["buttons"]
    });
    const isQuick = (t) => t.type === "QUICK_REPLY";
    const groups = [];
    for (const b of btns) {
      const flag = isQuick(b);
      if (groups.length === 0 || groups[groups.length - 1] !== flag) groups.push(flag);
    }
    if (groups.length > 2) ctx.addIssue({
      code: external_exports.ZodIssueCode.custom,
      message: "Quick reply buttons must be grouped, not interleaved",
      path: ["buttons"]
    });
  }),
  external_exports.object({
    type: external_exports.literal("LIMITED_TIME_OFFER"),
    limitedTimeOffer: external_exports.object({
      text: external_exports.string().min(1).max(16),
      hasExpiration: external_exports.boolean().optional()
    })
  }),
  external_exports.object({ type: external_exports.literal("CALL_PERMISSION_REQUEST") }),
  external_exports.object({
    type: external_exports.literal("CAROUSEL"),
    cards: external_exports.array(external_exports.object({ components: external_exports.array(external_exports.discriminatedUnion("type", [
      external_exports.discriminatedUnion("format", [external_exports.object({
        type: external_exports.literal("HEADER"),
        format: external_exports.enum([
          "IMAGE",
          "VIDEO",
          "DOCUMENT"
        ]),
        example: external_exports.object({ headerHandle: external_exports.array(external_exports.string().min(1)).min(1) })
      }), external_exports.object({
        type: external_exports.literal("HEADER"),
        format: external_exports.literal("PRODUCT")
      })]),
      external_exports.object({
        type: external_exports.literal("BODY"),
        text: external_exports.string().min(1).max(CAROUSEL_BODY_TEXT_MAX),
        example: BodyTextExampleSchema.optional()
      }).superRefine((value, ctx) => {
        const { positionalCount, namedKeys } = extractPlaceholders(value.text);
        if (!(positionalCount > 0 || namedKeys.size > 0)) return;
        if (!value.example) {
          ctx.addIssue({
            code: external_exports.ZodIssueCode.custom,
            message: "card body example is required when placeholders are present",
            path: ["example"]
          });
          return;
        }
        if (positionalCount > 0) if (!("bodyText" in value.example)) ctx.addIssue({
          code: external_exports.ZodIssueCode.custom,
          message: "card bodyText example must be provided for positional placeholders",
          path: ["example"]
        });
        else {
          const firstRow = value.example.bodyText[0];
          if (!firstRow || firstRow.length !== positionalCount) ctx.addIssue({
            code: external_exports.ZodIssueCode.custom,
            message: "card bodyText example count must match number of placeholders",
            path: ["example", "bodyText"]
          });
        }
        else if (!("bodyTextNamedParams" in value.example)) ctx.addIssue({
          code: external_exports.ZodIssueCode.custom,
          message: "card bodyTextNamedParams must be provided for named placeholders",
          path: ["example"]
        });
        else {
          const provided = new Set(value.example.bodyTextNamedParams.map((entry) => entry.paramName));
          for (const key of namedKeys) if (!provided.has(key)) ctx.addIssue({
            code: external_exports.ZodIssueCode.custom,
            message: `Missing example for named parameter ${key}`,
            path: ["example", "bodyTextNamedParams"]
          });
        }
      }),
      external_exports.object({
        type: external_exports.literal("BUTTONS"),
        buttons: external_exports.array(external_exports.discriminatedUnion("type", [
          external_exports.object({
            type: external_exports.literal("QUICK_REPLY"),
            text: external_exports.string().min(1).max(25)
          }),
          external_exports.object({
            type: external_exports.literal("URL"),
            text: external_exports.string().min(1).max(25),
            url: external_exports.string().min(1).max(2e3),
            example: external_exports.array(external_exports.string().min(1)).min(1).max(1).optional()
          }).superRefine((v, ctx) => {
            if (/\{\{/.test(v.url) && !v.example) ctx.addIssue({
              code: external_exports.ZodIssueCode.custom,
              message: "URL with variable requires example",
              path: ["example"]
            });
          }),
          external_exports.object({
            type: external_exports.literal("PHONE_NUMBER"),
            text: external_exports.string().min(1).max(25),
            phoneNumber: external_exports.string().min(1).max(20)
          }),
          external_exports.object({
            type: external_exports.literal("SPM"),
            text: external_exports.string().min(1).max(25)
          })
        ])).min(1).max(2)
      }).superRefine((value, ctx) => {
        if (value.buttons.filter((btn) => btn.type === "QUICK_REPLY").length > 1) ctx.addIssue({
          code: external_exports.ZodIssueCode.custom,
          message: "At most 1 quick reply per carousel card",
          path: ["buttons"]
        });
      })
    ])).min(1) })).min(2).max(10)
  })
]);
var TemplateDefinitionSchema = external_exports.object({
  name: external_exports.string().regex(NAME_REGEX, "Template name must be lowercase alphanumeric with underscores"),
  language: external_exports.string().regex(LANGUAGE_REGEX, "Invalid language code"),
  category: external_exports.enum(CATEGORY_VALUES),
  parameterFormat: external_exports.enum(["NAMED", "POSITIONAL"]).optional(),
  messageSendTtlSeconds: external_exports.number().int().positive().optional(),
  components: external_exports.array(TemplateComponentSchema).nonempty()
}).superRefine((value, ctx) => {
  const bodyComponents = value.components.filter((component) => component.type === "BODY");
  if (bodyComponents.length === 0) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "Template must include a BODY component",
    path: ["components"]
  });
  else if (bodyComponents.length > 1) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "Template cannot include more than one BODY component",
    path: ["components"]
  });
  if (value.components.filter((component) => component.type === "HEADER").length > 1) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "Template cannot include more than one HEADER component",
    path: ["components"]
  });
  if (value.components.filter((component) => component.type === "FOOTER").length > 1) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "Template cannot include more than one FOOTER component",
    path: ["components"]
  });
  if (value.components.some((c) => c.type === "HEADER" && c.format === "LOCATION") && !["UTILITY", "MARKETING"].includes(value.category)) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "LOCATION headers are only allowed for UTILITY or MARKETING categories",
    path: ["components"]
  });
  if (value.components.find((c) => c.type === "LIMITED_TIME_OFFER") && value.category !== "MARKETING") ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "LIMITED_TIME_OFFER component allowed only for MARKETING category",
    path: ["components"]
  });
  if (value.components.find((c) => c.type === "CALL_PERMISSION_REQUEST") && !["MARKETING", "UTILITY"].includes(value.category)) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "CALL_PERMISSION_REQUEST component allowed only for MARKETING or UTILITY categories",
    path: ["components"]
  });
  if (value.components.filter((component) => component.type === "CAROUSEL").length > 1) ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "Template cannot include more than one CAROUSEL component",
    path: ["components"]
  });
  if (value.components.some((component) => component.type === "BUTTONS" && component.buttons.some((btn) => btn.type === "OTP")) && value.category !== "AUTHENTICATION") ctx.addIssue({
    code: external_exports.ZodIssueCode.custom,
    message: "OTP buttons are only allowed for AUTHENTICATION templates",
    path: ["components"]
  });
});
var headerParamSchema = external_exports.discriminatedUnion("type", [
  external_exports.object({
    type: external_exports.literal("text"),
    text: external_exports.string().min(1),
    parameterName: external_exports.string().min(1).optional()
  }),
  external_exports.object({
    type: external_exports.literal("image"),
    image: external_exports.object({
      id: external_exports.string().min(1).optional(),
      link: external_exports.string().url().optional()
    }).refine((v) => !!(v.id || v.link), { message: "image requires id or link" })
  }),
  external_exports.object({
    type: external_exports.literal("video"),
    video: external_exports.object({
      id: external_exports.string().min(1).optional(),
      link: external_exports.string().url().optional()
    }).refine((v) => !!(v.id || v.link), { message: "video requires id or link" })
  }),
  external_exports.object({
    type: external_exports.literal("document"),
    document: external_exports.object({
      id: external_exports.string().min(1).optional(),
      link: external_exports.string().url().optional()
    }).refine((v) => !!(v.id || v.link), { message: "document requires id or link" })
  }),
  external_exports.object({
    type: external_exports.literal("location"),
    location: external_exports.object({
      latitude: external_exports.union([external_exports.number(), external_exports.string()]),
      longitude: external_exports.union([external_exports.number(), external_exports.string()]),
      name: external_exports.string().min(1).optional(),
      address: external_exports.string().min(1).optional()
    })
  })
]);
var bodyParamSchema = external_exports.discriminatedUnion("type", [
  external_exports.object({
    type: external_exports.literal("text"),
    text: external_exports.string(),
    parameterName: external_exports.string().min(1).optional()
  }),
  external_exports.object({
    type: external_exports.literal("currency"),
    currency: external_exports.object({
      fallbackValue: external_exports.string(),
      code: external_exports.string().min(1),
      amount1000: external_exports.number().int()
    }),
    parameterName: external_exports.string().min(1).optional()
  }),
  external_exports.object({
    type: external_exports.literal("date_time"),
    dateTime: external_exports.object({ fallbackValue: external_exports.string() }),
    parameterName: external_exports.string().min(1).optional()
  })
]);
var buttonQuickReplySchema = external_exports.object({
  type: external_exports.literal("button"),
  subType: external_exports.literal("quick_reply"),
  index: external_exports.union([external_exports.number().int().min(0).max(9), external_exports.string()]),
  parameters: external_exports.array(external_exports.object({
    type: external_exports.literal("payload"),
    payload: external_exports.string().min(1),
    parameterName: external_exports.string().min(1).optional()
  })).min(1)
});
var buttonUrlSchema = external_exports.object({
  type: external_exports.literal("button"),
  subType: external_exports.literal("url"),
  index: external_exports.union([external_exports.number().int().min(0).max(9), external_exports.string()]),
  parameters: external_exports.array(external_exports.object({
    type: external_exports.literal("text"),
    text: external_exports.string().min(1),
    parameterName: external_exports.string().min(1).optional()
  })).min(1)
});
var buttonPhoneSchema = external_exports.object({
  type: external_exports.literal("button"),
  subType: external_exports.literal("phone_number"),
  index: external_exports.union([external_exports.number().int().min(0).max(9), external_exports.string()]),
  parameters: external_exports.array(external_exports.object({
    type: external_exports.literal("text"),
    text: external_exports.string().min(1),
    parameterName: external_exports.string().min(1).optional()
  })).optional()
});
var buttonCopyCodeSchema = external_exports.object({
  type: external_exports.literal("button"),
  subType: external_exports.literal("copy_code"),
  index: external_exports.union([external_exports.number().int().min(0).max(9), external_exports.string()]),
  parameters: external_exports.array(external_exports.object({
    type: external_exports.literal("coupon_code"),
    coupon_code: external_exports.string().min(1).max(15)
  })).length(1)
});
var buttonFlowSchema = external_exports.object({
  type: external_exports.literal("button"),
  subType: external_exports.literal("flow"),
  index: external_exports.union([external_exports.number().int().min(0).max(9), external_exports.string()]),
  parameters: external_exports.array(external_exports.object({
    type: external_exports.literal("action"),
    action: external_exports.object({
      flow_token: external_exports.string().min(1).optional(),
      flow_action_data: external_exports.object({}).catchall(external_exports.any()).optional()
    })
  })).optional()
});
var buttonParamSchema = external_exports.union([
  buttonQuickReplySchema,
  buttonUrlSchema,
  buttonPhoneSchema,
  buttonCopyCodeSchema,
  buttonFlowSchema
]);
var carouselCardComponentSchema = external_exports.union([
  external_exports.object({
    type: external_exports.literal("header"),
    parameters: external_exports.tuple([headerParamSchema])
  }),
  external_exports.object({
    type: external_exports.literal("body"),
    parameters: external_exports.array(bodyParamSchema).min(1)
  }),
  buttonParamSchema
]);
var carouselCardSchema = external_exports.object({
  cardIndex: external_exports.number().int().min(0),
  components: external_exports.array(carouselCardComponentSchema).min(1)
});
var templateSendInputSchema = external_exports.object({
  name: external_exports.string().min(1),
  language: external_exports.string().min(1),
  header: headerParamSchema.optional(),
  body: external_exports.array(bodyParamSchema).optional(),
  cards: external_exports.array(carouselCardSchema).min(1).optional(),
  buttons: external_exports.array(buttonParamSchema).optional()
});
var BSUID_PATTERN = /^[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}$/;
function isBusinessScopedUserId(value) {
  return BSUID_PATTERN.test(value);
}
var rawComponentSchema = external_exports.object({
  type: external_exports.string().min(1),
  parameters: external_exports.any().optional(),
  sub_type: external_exports.any().optional(),
  subType: external_exports.any().optional(),
  index: external_exports.any().optional()
}).passthrough();
var rawTemplatePayloadSchema = external_exports.object({
  name: external_exports.string().min(1),
  language: external_exports.union([external_exports.string().min(1), external_exports.object({
    code: external_exports.string().min(1),
    policy: external_exports.literal("deterministic")
  }).strict()]),
  components: external_exports.array(rawComponentSchema)
}).strict();

// src/channels/whatsapp/sender.ts
var REQUEST_TIMEOUT_MS = 15e3;
var GraphSender = class {
  constructor(options) {
    this.options = options;
    const base = options.fetch ?? fetch;
    const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    const timed = (input, init) => {
      const timeout = AbortSignal.timeout(timeoutMs);
      return base(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
    };
    this.client = new WhatsAppClient({ baseUrl: options.baseUrl, accessToken: options.accessToken, graphVersion: options.graphVersion, fetch: timed });
  }
  options;
  client;
  /** Sends one rendered part, optionally as a reply to the message `contextMessageId`; returns the message id (wamid). */
  async part(userId, part, contextMessageId) {
    const base = { phoneNumberId: this.options.phoneNumberId, ...recipient(userId), ...contextMessageId ? { contextMessageId } : {} };
    switch (part.type) {
      case "text":
        return messageId(await this.client.messages.sendText({ ...base, body: part.body, previewUrl: /https?:\/\//.test(part.body) }));
      case "buttons":
        return messageId(await this.client.messages.sendInteractiveButtons({ ...base, bodyText: part.body, buttons: part.buttons }));
      case "list":
        return messageId(await this.client.messages.sendInteractiveList({ ...base, bodyText: part.body, buttonText: part.buttonText, sections: [{ rows: part.rows }] }));
    }
  }
  /** Uploads a file (POST /{phone-number-id}/media) and sends it as a document, image, audio or video message; returns the wamid. */
  async media(userId, attachment, bytes, caption, contextMessageId) {
    const uploaded = await this.client.media.upload({ phoneNumberId: this.options.phoneNumberId, type: attachment.mimeType, file: new Blob([bytes], { type: attachment.mimeType }), fileName: attachment.filename });
    const id = uploaded.id;
    if (!id) throw new Error("The Graph API accepted the upload but returned no media id.");
    const base = { phoneNumberId: this.options.phoneNumberId, ...recipient(userId), ...contextMessageId ? { contextMessageId } : {} };
    const withCaption = caption ? { caption } : {};
    switch (attachment.kind) {
      case "image":
        return messageId(await this.client.messages.sendImage({ ...base, image: { id, ...withCaption } }));
      case "video":
        return messageId(await this.client.messages.sendVideo({ ...base, video: { id, ...withCaption } }));
      case "audio":
        return messageId(await this.client.messages.sendAudio({ ...base, audio: { id } }));
      default:
        return messageId(await this.client.messages.sendDocument({ ...base, document: { id, filename: attachment.filename, ...withCaption } }));
    }
  }
  /** Downloads a file a person sent (media id from the webhook). */
  async download(mediaId) {
    const response = await this.client.media.download({ mediaId, phoneNumberId: this.options.phoneNumberId, as: "response", auth: "always" });
    if (!response.ok) throw new Error(`media download answered HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }
  /** Sends an approved template with one body parameter. */
  async template(userId, name, language, parameter) {
    return messageId(
      await this.client.messages.sendTemplate({
        phoneNumberId: this.options.phoneNumberId,
        ...recipient(userId),
        template: { name, language: { code: language }, components: [{ type: "body", parameters: [{ type: "text", text: parameter }] }] }
      })
    );
  }
  /** Shows the person's message as read (blue ticks). */
  async markRead(messageId2) {
    await this.client.messages.markRead({ phoneNumberId: this.options.phoneNumberId, messageId: messageId2 });
  }
};
function recipient(userId) {
  return isBusinessScopedUserId(userId) ? { recipient: userId } : { to: userId };
}
function messageId(response) {
  const id = response.messages?.[0]?.id;
  if (!id) throw new Error("The Graph API accepted the message but returned no message id.");
  return id;
}
var PAIR_RATE_LIMIT_MS = 6e3;
var THROUGHPUT_LIMIT_MS = 1e3;
var OTHER_THROTTLE_MS = 5e3;
var TRANSIENT_CODES = /* @__PURE__ */ new Set([1, 2, 131e3, 131016, 131057, 133004, 133005]);
function classify(error) {
  if (error instanceof GraphApiError) {
    const code = typeof error.code === "number" ? error.code : error.httpStatus;
    const reason = `WhatsApp error ${code}: ${safeText(error.message)}`;
    if (code === 131047 || error.category === "reengagementWindow") return { kind: "window", reason };
    if (code === 131026) return { kind: "unreachable", reason };
    if (code === 190 || error.httpStatus === 401) return { kind: "token", reason };
    if (code === 130429 || code === 131056 || error.category === "throttling" || error.httpStatus === 429) {
      const fallback = code === 131056 ? PAIR_RATE_LIMIT_MS : code === 130429 ? THROUGHPUT_LIMIT_MS : OTHER_THROTTLE_MS;
      return { kind: "rate_limited", reason, retryAfterMs: error.retry.retryAfterMs ?? fallback };
    }
    if (error.category === "template") return { kind: "template", reason };
    if (error.httpStatus >= 500 || TRANSIENT_CODES.has(code) || error.retry.action === "retry") return { kind: "transient", reason };
    return { kind: "permanent", reason };
  }
  if (error instanceof Error) {
    if (error.name === "TimeoutError" || error.name === "AbortError") return { kind: "transient", reason: "WhatsApp API did not answer in time" };
    if (error instanceof TypeError) return { kind: "transient", reason: `WhatsApp API unreachable: ${safeText(error.message)}` };
    if (error.name === "ZodError" || /validation failed|must not be empty|Provide to/i.test(error.message)) return { kind: "permanent", reason: `message refused before sending: ${safeText(error.message)}` };
    return { kind: "transient", reason: safeText(error.message) };
  }
  return { kind: "transient", reason: "unknown error" };
}
function safeText(text) {
  return text.replace(/\s+/g, " ").replace(/\+?\d[\d ]{5,}\d/g, "[number]").slice(0, 160);
}

// src/channels/whatsapp/statuses.ts
var RANK = { sent: 1, delivered: 2, failed: 3, read: 4 };
var RESEND_SUFFIX = ":window";
var DeliveryTracker = class {
  constructor(services, effects) {
    this.services = services;
    this.effects = effects;
  }
  services;
  effects;
  byPlatformId = /* @__PURE__ */ new Map();
  /** Rebuilds the index from the outbox (at start-up). */
  rebuild() {
    this.byPlatformId.clear();
    for (const item of this.services.store.values("outbox")) if (item.to.channel === "whatsapp" && item.platformId) this.byPlatformId.set(item.platformId, item.id);
  }
  /** Remembers the wamid(s) a send produced for an item. */
  remember(platformId, itemId) {
    this.byPlatformId.set(platformId, itemId);
  }
  /** Applies one status (synchronously; the webhook commits afterwards). Returns false for duplicates and unknown messages. */
  apply(status) {
    const { store, clock, logger } = this.services;
    const delivery = status.status;
    if (delivery !== "sent" && delivery !== "delivered" && delivery !== "read" && delivery !== "failed") return false;
    const itemId = this.byPlatformId.get(status.id);
    const item = itemId ? store.get("outbox", itemId) : void 0;
    if (!item) return false;
    const key = `whatsapp:status:${status.id}:${delivery}`;
    if (store.get("dedup", key)) return false;
    store.put("dedup", key, { key, at: clock.now() });
    const sentAt = item.sentAt ?? item.updatedAt;
    if (!item.delivery || RANK[delivery] > RANK[item.delivery]) {
      const reason = delivery === "failed" ? `WhatsApp status failed: ${(status.errors ?? []).map((e) => e.code).join(", ") || "no error code"}` : item.reason;
      store.patch("outbox", item.id, { delivery, reason, updatedAt: clock.now() });
      const changed = store.get("outbox", item.id);
      if (changed) this.services.deliveryChanged?.(changed);
    }
    if (delivery !== "failed") return true;
    const codes = (status.errors ?? []).map((error) => error.code);
    logger.warn({ item: item.id, codes }, "WhatsApp reported a message as failed");
    const userId = item.to.chatId;
    const lastInbound = store.get("contacts", contactKey(userId))?.lastInboundAt;
    const wroteSince = lastInbound !== void 0 && lastInbound > sentAt;
    if (codes.includes(131026) && !wroteSince) markUnreachable(this.services, userId, "WhatsApp status failed: 131026 (undeliverable)");
    if (codes.includes(131047)) {
      if (!wroteSince) this.effects.windowClosed(userId, sentAt);
      if (!item.key.endsWith(RESEND_SUFFIX)) {
        this.services.outbox.enqueue({ to: item.to, message: item.message, memberId: item.memberId, priority: item.priority, urgent: item.urgent, key: `${item.key}${RESEND_SUFFIX}` });
      }
    }
    return true;
  }
};

// src/channels/whatsapp/webhook.ts
var import_prom_client = __toESM(require_prom_client(), 1);

// src/channels/whatsapp/schema.ts
var graphErrorSchema = external_exports.object({
  code: external_exports.number(),
  title: external_exports.string().optional(),
  message: external_exports.string().optional(),
  error_data: external_exports.object({ details: external_exports.string().optional() }).optional().catch(void 0)
});
var contactSchema2 = external_exports.object({
  wa_id: external_exports.string().optional(),
  user_id: external_exports.string().optional(),
  profile: external_exports.object({ name: external_exports.string().optional() }).optional().catch(void 0)
});
var mediaSchema2 = external_exports.object({ id: external_exports.string().min(1), mime_type: external_exports.string().optional(), filename: external_exports.string().optional(), caption: external_exports.string().optional() });
var replySchema = external_exports.object({ id: external_exports.string(), title: external_exports.string().optional(), description: external_exports.string().optional() });
var messageSchema = external_exports.object({
  id: external_exports.string().min(1),
  /** The sender's WhatsApp id (phone number digits). Users with a username only may come with `from_user_id` instead. */
  from: external_exports.string().min(1).optional(),
  from_user_id: external_exports.string().min(1).optional(),
  /** Unix seconds, as a string (a number is accepted too). */
  timestamp: external_exports.union([external_exports.string(), external_exports.number()]).optional(),
  type: external_exports.string(),
  text: external_exports.object({ body: external_exports.string() }).optional().catch(void 0),
  interactive: external_exports.object({
    type: external_exports.string(),
    button_reply: replySchema.optional().catch(void 0),
    list_reply: replySchema.optional().catch(void 0)
  }).optional().catch(void 0),
  /** A tap on a template quick-reply button. */
  button: external_exports.object({ payload: external_exports.string().optional(), text: external_exports.string().optional() }).optional().catch(void 0),
  audio: external_exports.object({ id: external_exports.string().optional(), mime_type: external_exports.string().optional(), voice: external_exports.boolean().optional() }).optional().catch(void 0),
  image: mediaSchema2.optional().catch(void 0),
  video: mediaSchema2.optional().catch(void 0),
  document: mediaSchema2.optional().catch(void 0),
  sticker: mediaSchema2.optional().catch(void 0),
  errors: external_exports.array(graphErrorSchema).optional().catch(void 0),
  /** Set when the person replied to (swiped on) an earlier message: its wamid. */
  context: external_exports.object({ id: external_exports.string().min(1).optional() }).optional().catch(void 0)
});
var statusSchema = external_exports.object({
  id: external_exports.string().min(1),
  status: external_exports.string(),
  timestamp: external_exports.union([external_exports.string(), external_exports.number()]).optional(),
  recipient_id: external_exports.string().optional(),
  recipient_user_id: external_exports.string().optional(),
  errors: external_exports.array(graphErrorSchema).optional().catch(void 0)
});
var valueSchema = external_exports.object({
  messaging_product: external_exports.string().optional(),
  metadata: external_exports.object({ phone_number_id: external_exports.string().optional(), display_phone_number: external_exports.string().optional() }).optional().catch(void 0),
  contacts: external_exports.array(external_exports.unknown()).optional().catch(void 0),
  messages: external_exports.array(external_exports.unknown()).optional().catch(void 0),
  statuses: external_exports.array(external_exports.unknown()).optional().catch(void 0),
  errors: external_exports.array(external_exports.unknown()).optional().catch(void 0)
});
var changeSchema = external_exports.object({ field: external_exports.string().optional(), value: external_exports.unknown() });
var entrySchema = external_exports.object({ id: external_exports.string().optional(), changes: external_exports.array(external_exports.unknown()) });
var payloadSchema = external_exports.object({ object: external_exports.string().optional(), entry: external_exports.array(external_exports.unknown()) });
function parseBatch(body) {
  const payload = payloadSchema.safeParse(body);
  if (!payload.success) return void 0;
  const batch = { messages: [], statuses: [], errorCodes: [], skipped: 0 };
  for (const rawEntry of payload.data.entry) {
    const entry = entrySchema.safeParse(rawEntry);
    if (!entry.success) {
      batch.skipped += 1;
      continue;
    }
    for (const rawChange of entry.data.changes) {
      const change = changeSchema.safeParse(rawChange);
      if (!change.success) {
        batch.skipped += 1;
        continue;
      }
      if (change.data.field !== void 0 && change.data.field !== "messages") continue;
      const value = valueSchema.safeParse(change.data.value);
      if (!value.success) {
        batch.skipped += 1;
        continue;
      }
      const phoneNumberId = value.data.metadata?.phone_number_id;
      const contacts = (value.data.contacts ?? []).flatMap((raw) => {
        const contact = contactSchema2.safeParse(raw);
        return contact.success ? [contact.data] : [];
      });
      for (const raw of value.data.messages ?? []) {
        const message = messageSchema.safeParse(raw);
        if (message.success) batch.messages.push({ message: message.data, contacts, phoneNumberId });
        else batch.skipped += 1;
      }
      for (const raw of value.data.statuses ?? []) {
        const status = statusSchema.safeParse(raw);
        if (status.success) batch.statuses.push({ status: status.data, phoneNumberId });
        else batch.skipped += 1;
      }
      for (const raw of value.data.errors ?? []) {
        const error = graphErrorSchema.safeParse(raw);
        if (error.success) batch.errorCodes.push(error.data.code);
      }
    }
  }
  return batch;
}

// src/channels/whatsapp/signature.ts
import { createHmac, timingSafeEqual } from "node:crypto";
function signBody(appSecret, rawBody) {
  return `sha256=${createHmac("sha256", appSecret).update(typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : rawBody).digest("hex")}`;
}
function verifySignature(appSecret, rawBody, header) {
  if (typeof header !== "string" || header.trim() === "") return "missing";
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  if (!match?.[1]) return "invalid";
  const given = Buffer.from(match[1], "hex");
  const expected = createHmac("sha256", appSecret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? "ok" : "invalid";
}

// src/channels/whatsapp/webhook.ts
var WEBHOOK_PATH = "/webhooks/whatsapp";
var MAX_BODY_BYTES = 1024 * 1024;
var WhatsAppWebhook = class {
  constructor(options) {
    this.options = options;
    const { registry } = options.context.metrics;
    this.outcomes = registry.getSingleMetric("welkom_whatsapp_webhook_total") ?? new import_prom_client.Counter({ name: "welkom_whatsapp_webhook_total", help: "WhatsApp webhook requests by outcome", labelNames: ["outcome"], registers: [registry] });
  }
  options;
  /** Work per person, so one person's messages are handled in order even across concurrent POSTs. */
  chains = /* @__PURE__ */ new Map();
  inFlight = /* @__PURE__ */ new Set();
  accepting = true;
  outcomes;
  register(http) {
    http.route("GET", WEBHOOK_PATH, (_request, response, url) => this.handshake(response, url));
    http.route("POST", WEBHOOK_PATH, (request, response) => this.receive(request, response));
  }
  /** Refuses new deliveries (503, so Meta retries later) and waits for the ones being handled. */
  async stop() {
    this.accepting = false;
    await Promise.allSettled([...this.inFlight]);
  }
  /** GET: Meta checks the URL with hub.mode=subscribe and our verify token, and expects hub.challenge back. */
  handshake(response, url) {
    const mode = url.searchParams.get("hub.mode");
    const token = url.searchParams.get("hub.verify_token");
    const challenge = url.searchParams.get("hub.challenge") ?? "";
    if (mode === "subscribe" && token !== null && secretMatches(token, this.options.config.verifyToken) && challenge.length > 0 && challenge.length <= 256) {
      this.outcomes.inc({ outcome: "handshake" });
      response.setHeader("x-content-type-options", "nosniff");
      return sendText(response, 200, challenge);
    }
    this.outcomes.inc({ outcome: "handshake_refused" });
    this.options.context.services.logger.warn("WhatsApp webhook handshake refused: wrong hub.verify_token or hub.mode (check WHATSAPP_VERIFY_TOKEN against the Meta app settings)");
    sendText(response, 403, "Forbidden");
  }
  /** POST: check the signature over the raw bytes, parse, handle every message and status, commit, then 200. */
  async receive(request, response) {
    const { logger } = this.options.context.services;
    if (!this.accepting) return sendJson(response, 503, { error: "stopping" });
    const raw = await readBody(request, MAX_BODY_BYTES);
    const verdict = verifySignature(this.options.config.appSecret, raw, request.headers["x-hub-signature-256"]);
    if (verdict !== "ok") {
      this.outcomes.inc({ outcome: `signature_${verdict}` });
      logger.warn({ verdict }, "WhatsApp webhook refused: the X-Hub-Signature-256 signature is missing or wrong (check WHATSAPP_APP_SECRET)");
      return sendJson(response, verdict === "missing" ? 401 : 403, { error: verdict === "missing" ? "signature missing" : "signature invalid" });
    }
    let body;
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch {
      this.outcomes.inc({ outcome: "malformed" });
      return sendJson(response, 400, { error: "malformed JSON" });
    }
    const batch = parseBatch(body);
    if (!batch) {
      this.outcomes.inc({ outcome: "malformed" });
      return sendJson(response, 400, { error: "not a webhook payload (no entry list)" });
    }
    const started = performance.now();
    const work = this.process(batch);
    this.inFlight.add(work);
    let summary;
    try {
      summary = await work;
    } catch (error) {
      this.outcomes.inc({ outcome: "error" });
      logger.error({ err: error }, "handling a WhatsApp webhook failed; answering 500 so Meta delivers it again");
      return sendJson(response, 500, { error: "internal error" });
    } finally {
      this.inFlight.delete(work);
    }
    this.outcomes.inc({ outcome: "ok" });
    sendText(response, 200, "EVENT_RECEIVED");
    const { readIds, ...counts } = summary;
    logger.debug({ ...counts, ms: Math.round(performance.now() - started) }, "WhatsApp webhook handled");
    if (readIds.length > 0) this.options.accepted(readIds);
  }
  /** Handles a parsed batch; resolves after everything it changed is committed. Exposed for tests. */
  async process(batch) {
    const { config, context, tracker } = this.options;
    const { services } = context;
    const { store } = services;
    const summary = { messages: 0, statuses: 0, duplicates: 0, skipped: batch.skipped, foreign: 0, readIds: [] };
    if (batch.errorCodes.length > 0) services.logger.warn({ codes: batch.errorCodes }, "WhatsApp reported errors in a webhook");
    const seen = /* @__PURE__ */ new Set();
    const jobs = [];
    const messages = [...batch.messages].sort((a, b) => (messageTime(a.message.timestamp) ?? 0) - (messageTime(b.message.timestamp) ?? 0));
    for (const { message, contacts, phoneNumberId } of messages) {
      if (phoneNumberId !== void 0 && phoneNumberId !== config.phoneNumberId) {
        summary.foreign += 1;
        continue;
      }
      const dedupKey = `whatsapp:${message.id}`;
      if (seen.has(message.id) || store.get("dedup", dedupKey)) {
        summary.duplicates += 1;
        continue;
      }
      seen.add(message.id);
      const result = toInbound(message, contacts);
      if (result.kind === "invalid") {
        summary.skipped += 1;
        continue;
      }
      summary.messages += 1;
      summary.readIds.push(message.id);
      jobs.push(
        this.inOrder(result.userId, async () => {
          touchContact(services, result.userId, result.at);
          if (result.kind === "inbound") return context.handle(result.inbound);
          store.put("dedup", dedupKey, { key: dedupKey, at: services.clock.now() });
          await store.committed();
          context.delivery.release({ channel: "whatsapp", chatId: result.userId });
        })
      );
    }
    for (const { status, phoneNumberId } of batch.statuses) {
      if (phoneNumberId !== void 0 && phoneNumberId !== config.phoneNumberId) {
        summary.foreign += 1;
        continue;
      }
      if (tracker.apply(status)) summary.statuses += 1;
    }
    const results = await Promise.allSettled(jobs);
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    await store.committed();
    return summary;
  }
  /** Runs `task` after the earlier tasks of the same person (even if those failed). */
  inOrder(userId, task) {
    const previous = this.chains.get(userId) ?? Promise.resolve();
    const next = previous.catch(() => void 0).then(task);
    this.chains.set(userId, next);
    const cleanup = () => {
      if (this.chains.get(userId) === next) this.chains.delete(userId);
    };
    next.then(cleanup, cleanup);
    return next;
  }
};

// src/channels/whatsapp/channel.ts
var TOKEN_RETRY_MS = 6e4;
var READ_CONCURRENCY = 8;
var MAX_PENDING_READS = 1e3;
var MAX_CAPTION_CHARS = 1024;
var WhatsAppChannel = class {
  constructor(config, context, options) {
    this.context = context;
    this.options = options;
    const { services } = context;
    this.sender = new GraphSender({
      accessToken: config.accessToken,
      phoneNumberId: config.phoneNumberId,
      baseUrl: config.apiBaseUrl,
      graphVersion: options.graphVersion,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs
    });
    this.tracker = new DeliveryTracker(services, { windowClosed: (userId, sentAt) => this.closedByMeta.set(userId, sentAt) });
    this.webhook = new WhatsAppWebhook({ config, context, tracker: this.tracker, accepted: (ids) => this.markRead(ids) });
    this.webhook.register(context.http);
    registerInvites(services, context.http, config.phoneNumber);
  }
  context;
  options;
  name = "whatsapp";
  /**
   * Meta: 80 messages/s per number; to one person about one message per 6 s, with short bursts allowed. A burst of
   * 10 lets a conversation at tapping speed (onboarding: 7–9 messages) go without waiting; 131056 still pauses the chat.
   */
  limits = { globalPerSecond: 80, perChatPerSecond: 1 / 6, perChatBurst: 10, concurrency: 16 };
  /** Meta's media limits: images 5 MB, audio and video 16 MB, documents 100 MB. */
  maxDownloadBytes = 100 * 1024 * 1024;
  maxUploadBytes = { image: 5 * 1024 * 1024, audio: 16 * 1024 * 1024, video: 16 * 1024 * 1024, document: 100 * 1024 * 1024 };
  webhook;
  sender;
  tracker;
  /** Users for whom Meta said "window closed" (131047), with the time the refused message was sent; newer messages from them reopen it. */
  closedByMeta = /* @__PURE__ */ new Map();
  tokenWarned = false;
  templateWarned = /* @__PURE__ */ new Set();
  reads = [];
  /** Parts of a long message already sent, per outbox item, so a retry does not send them twice. */
  progress = /* @__PURE__ */ new Map();
  readsRunning = 0;
  commandStyle(_address) {
    return "keyword";
  }
  async start() {
    this.tracker.rebuild();
  }
  async stop() {
    await this.webhook.stop();
  }
  /** WhatsApp cannot edit a message: an edit (`options.editPlatformId`) goes out as a new message. */
  async send(to, message, item, _options = {}) {
    const { services } = this.context;
    if (message.reaction) return {};
    const userId = to.chatId;
    const contact = services.store.get("contacts", contactKey(userId));
    if (contact?.unreachable) throw new DeliveryError("permanent", "this WhatsApp number could not receive messages (131026); it is tried again after the person writes");
    const locale = recipientLocale(services, userId, item.memberId);
    if (!windowOpen(contact, services.clock.now(), this.closedByMeta.get(userId))) {
      return this.outsideWindow(userId, message, item, locale, "more than 24 hours since this person last wrote");
    }
    const startedAt = services.clock.now();
    try {
      const steps = this.plan(message, locale);
      const done = this.progress.get(item.id) ?? { parts: 0 };
      for (let index = done.parts; index < steps.length; index += 1) {
        const step = steps[index];
        const replyTo = index === 0 ? message.replyTo : void 0;
        done.platformId = step.type === "part" ? await this.sender.part(userId, step.part, replyTo) : await this.sender.media(userId, step.attachment, attachmentBytes(step.attachment), step.caption, replyTo);
        this.tracker.remember(done.platformId, item.id);
        done.parts = index + 1;
        this.progress.set(item.id, done);
      }
      this.progress.delete(item.id);
      if (message.attachment?.file) rmSync(message.attachment.file, { force: true });
      return { platformId: done.platformId };
    } catch (error) {
      const problem = classify(error);
      if (!["transient", "rate_limited", "token"].includes(problem.kind)) {
        this.progress.delete(item.id);
        if (problem.kind !== "window" && message.attachment?.file) rmSync(message.attachment.file, { force: true });
      }
      if (problem.kind === "window") {
        this.closedByMeta.set(userId, startedAt);
        return this.outsideWindow(userId, message, item, locale, "WhatsApp says the 24-hour window is closed (131047)");
      }
      throw this.failure(userId, problem);
    }
  }
  /** Fetches a file a person sent (to relay it into their group). */
  async download(fileId) {
    try {
      return { bytes: await this.sender.download(fileId) };
    } catch (error) {
      const problem = classify(error);
      throw new DeliveryError(problem.kind === "transient" || problem.kind === "rate_limited" ? "transient" : "permanent", `whatsapp: downloading the file failed (${problem.reason})`);
    }
  }
  /** The calls for a message: its rendered parts, then its file; a short plain text rides along as the file's caption. */
  plan(message, locale) {
    const parts = render(message, this.texts(locale));
    const attachment = message.attachment;
    if (!attachment) return parts.map((part) => ({ type: "part", part }));
    const only = parts.length === 1 ? parts[0] : void 0;
    if (only?.type === "text" && attachment.kind !== "audio" && only.body.length <= MAX_CAPTION_CHARS) return [{ type: "media", attachment, caption: only.body.trim() || void 0 }];
    return [...parts.map((part) => ({ type: "part", part })), { type: "media", attachment }];
  }
  /**
   * Outside the window: the approved template for this kind of message, or hold it (the outbox releases it when the
   * person writes). A message with a file is always held: a template carries text only, and the file must not be lost.
   */
  async outsideWindow(userId, message, item, locale, why) {
    if (message.attachment) throw new DeliveryError("window_closed", `${why}; it has a file, which a template cannot carry, so it waits until the person writes`);
    const template = pickTemplate(this.options.templates, message.kind, locale);
    if (!template) throw new DeliveryError("window_closed", `${why}; no template for "${message.kind}" messages, so it waits until the person writes`);
    try {
      const platformId = await this.sender.template(userId, template.name, template.language, templateParameter(message));
      this.tracker.remember(platformId, item.id);
      return { platformId };
    } catch (error) {
      const problem = classify(error);
      if (problem.kind === "template" || problem.kind === "window") {
        const key = `${template.name}/${template.language}`;
        if (!this.templateWarned.has(key)) {
          this.templateWarned.add(key);
          this.context.services.logger.warn(
            { template: template.name, language: template.language, reason: problem.reason },
            "WhatsApp refused a message template (is it approved at Meta in this language, with one body parameter? see docs/whatsapp.md); messages wait until the person writes"
          );
        }
        throw new DeliveryError("window_closed", `${why}; template ${key} was refused (${problem.reason}), so it waits until the person writes`);
      }
      throw this.failure(userId, problem);
    }
  }
  failure(userId, problem) {
    switch (problem.kind) {
      case "unreachable":
        markUnreachable(this.context.services, userId, problem.reason);
        return new DeliveryError("permanent", problem.reason);
      case "token":
        this.warnToken();
        return new DeliveryError("rate_limited", problem.reason, TOKEN_RETRY_MS);
      case "rate_limited":
        return new DeliveryError("rate_limited", problem.reason, problem.retryAfterMs);
      case "transient":
        return new DeliveryError("transient", problem.reason);
      default:
        return new DeliveryError("permanent", problem.reason);
    }
  }
  warnToken() {
    if (this.tokenWarned) return;
    this.tokenWarned = true;
    this.context.services.logger.error(
      "WhatsApp access token expired or invalid (error 190): nothing can be sent to WhatsApp, messages wait in the outbox. Make a new token (Meta Business Settings \u2192 System users \u2192 Generate token, with whatsapp_business_messaging), put it in WHATSAPP_ACCESS_TOKEN and restart welkom."
    );
  }
  texts(locale) {
    const { translator } = this.context.services;
    return {
      listButton: translator.t(locale, "whatsapp.list_button"),
      pickOne: translator.t(locale, "whatsapp.numbered.one"),
      pickMany: translator.t(locale, "whatsapp.numbered.many")
    };
  }
  /** Blue ticks for the messages just accepted; best effort, a few at a time, never blocking the webhook. */
  markRead(ids) {
    this.reads.push(...ids);
    if (this.reads.length > MAX_PENDING_READS) this.reads.splice(0, this.reads.length - MAX_PENDING_READS);
    while (this.readsRunning < READ_CONCURRENCY && this.reads.length > 0) {
      const id = this.reads.shift();
      this.readsRunning += 1;
      void this.sender.markRead(id).catch((error) => this.context.services.logger.debug({ reason: safeText(classify(error).reason) }, "marking a WhatsApp message as read failed")).finally(() => {
        this.readsRunning -= 1;
        this.markRead([]);
      });
    }
  }
};
function attachmentBytes(attachment) {
  if (attachment.data !== void 0) return Buffer.from(attachment.data, "base64");
  if (attachment.file) return readFileSync(attachment.file);
  throw new DeliveryError("permanent", "the attachment has neither data nor a file");
}

// src/channels/whatsapp/index.ts
function createWhatsAppChannel(config, options = {}) {
  const templates = loadTemplates(options.templatesFile ?? DEFAULT_TEMPLATES_FILE);
  return (context) => new WhatsAppChannel(config, context, { templates, fetch: options.fetch, timeoutMs: options.timeoutMs });
}
export {
  WhatsAppChannel,
  createWhatsAppChannel,
  signBody,
  verifySignature
};
