/**
 * The command line prints in the locale's language when no --lang is given: the tests read its
 * English, so every test (and every command a test starts, which inherits the environment) runs
 * under a neutral locale whatever the developer's own. Tests of the Russian output say --lang ru
 * or set the locale themselves.
 */
process.env["LANG"] = "C.UTF-8";
delete process.env["LC_ALL"];
delete process.env["LC_MESSAGES"];
