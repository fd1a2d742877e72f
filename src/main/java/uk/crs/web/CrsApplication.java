package uk.crs.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind {@code crs serve}; it scans every feature package. */
@SpringBootApplication(scanBasePackages = "uk.crs")
public class CrsApplication {}
