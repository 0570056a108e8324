/**
 * The {@code tidings} command: {@link dev.tidings.Main} parses the command line, {@link dev.tidings.Config} reads the
 * settings (each declared once in {@code Settings}), and {@code Wiring} makes what the {@code serve}, {@code check} and
 * {@code build} commands run on.
 */
package dev.tidings;
