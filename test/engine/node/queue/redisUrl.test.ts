import { describe, expect, it } from "vitest";
import { parseRedisUrl } from "../../../../engine/node/queue/redisUrl.js";

describe("parseRedisUrl(text, command)", () => {
  it("reads host, port and database, with 6379, database 0 and a 10 s reconnect by default", () => {
    expect(parseRedisUrl("redis://10.0.0.5", "run")).toEqual({
      shown: "redis://10.0.0.5/0",
      options: { host: "10.0.0.5", port: 6379, db: 0 },
      reconnectSeconds: 10,
    });
    expect(parseRedisUrl("redis://queue.example:6380/3?reconnect=2.5", "run")).toMatchObject({
      options: { host: "queue.example", port: 6380, db: 3 },
      reconnectSeconds: 2.5,
    });
  });

  it("passes user and password through to the connection, and never shows the password", () => {
    const t = parseRedisUrl("redis://worker:p%40ss%3Aword@host:6379", "compare");
    expect(t.options).toMatchObject({ username: "worker", password: "p@ss:word" });
    expect(t.shown).toBe("redis://worker:***@host:6379/0");
    expect(parseRedisUrl("redis://:only-password@host", "compare").shown).toBe("redis://:***@host/0");
  });

  it("turns on TLS for rediss://, checking the server's name", () => {
    expect(parseRedisUrl("rediss://secure.example:6380", "run").options.tls).toEqual({ servername: "secure.example" });
  });

  it("refuses other schemes, bad paths, unknown parameters and a certificate authority without TLS, never echoing a password", () => {
    expect(() => parseRedisUrl("http://u:secret@host", "run")).toThrow(/must start with redis:\/\/ or rediss:\/\//);
    expect(() => parseRedisUrl("not a url :secret@", "run")).toThrow(/must be a Redis URL/);
    expect(() => parseRedisUrl("redis://host/abc", "run")).toThrow(/the path is a database number/);
    expect(() => parseRedisUrl("redis://host?family=6", "run")).toThrow(/unknown parameter "family"/);
    expect(() => parseRedisUrl("redis://host?reconnect=-1", "run")).toThrow(/reconnect must be 0 to 86400 seconds/);
    expect(() => parseRedisUrl("redis://host?ca=ca.pem", "run")).toThrow(/ca is for TLS connections/);
    expect(() => parseRedisUrl("rediss://host?ca=missing.pem", "run")).toThrow(
      /certificate authority missing.pem cannot be read/,
    );
    try {
      parseRedisUrl("ftp://user:secret@host", "run");
    } catch (e) {
      expect((e as Error).message).not.toContain("secret");
    }
  });
});
