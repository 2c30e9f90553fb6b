package io.github.ogireport.model;

/** Which State Council layout the report follows. */
public enum TemplateVersion {
  /** Revised template of 国办公开办函〔2021〕30号, report years 2021 onward. */
  V2021("2021"),
  /** Trial template of 国办公开办函〔2019〕60号, report years 2019 and 2020. */
  V2019("2019"),
  /** The pre-2019 layout (概述 … 统计表 with 历年累计): recognised, not supported. */
  LEGACY("legacy"),
  /** Not told apart: too little of the report was recognised. */
  UNKNOWN("unknown");

  private final String jsonName;

  TemplateVersion(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name used in JSON: {@code "2021"}, {@code "2019"}, {@code "legacy"}, {@code "unknown"}. */
  public String jsonName() {
    return jsonName;
  }
}
