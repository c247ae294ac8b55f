import { getCountries } from "libphonenumber-js/min";
import { describe, expect, it } from "vitest";
import { COUNTRY_OPTIONS, countryName, isSupportedCountry } from "./country-options";

describe("country options", () => {
  it("list every supported country once with its English name and calling code", () => {
    expect(COUNTRY_OPTIONS).toHaveLength(getCountries().length);
    expect(new Set(COUNTRY_OPTIONS.map((option) => option.code)).size).toBe(getCountries().length);
    expect(COUNTRY_OPTIONS).toContainEqual({ code: "DE", name: "Germany", callingCode: "49" });
    expect(COUNTRY_OPTIONS).toContainEqual({ code: "US", name: "United States", callingCode: "1" });
    expect(COUNTRY_OPTIONS).toContainEqual({ code: "KZ", name: "Kazakhstan", callingCode: "7" });
  });

  it("are sorted by name for the picker", () => {
    const names = COUNTRY_OPTIONS.map((option) => option.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("names a country in English", () => {
    expect(countryName("GB")).toBe("United Kingdom");
  });

  it("tell supported country codes from other strings", () => {
    expect(isSupportedCountry("DE")).toBe(true);
    expect(isSupportedCountry("XX")).toBe(false);
    expect(isSupportedCountry("de")).toBe(false);
    expect(isSupportedCountry("")).toBe(false);
  });
});
