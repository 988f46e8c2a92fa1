module.exports = require('../../jest.workspace.js')(__dirname);
