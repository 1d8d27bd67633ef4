resource "aws_dynamodb_table" "r15_0" {
  name = "${local.name}-15-0"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 80503 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r15_1" {
  name = "${local.name}-15-1"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 88447 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r15_2" {
  name = "${local.name}-15-2"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 62226 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r15_3" {
  name = "${local.name}-15-3"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 30351 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r15_4" {
  name = "${local.name}-15-4"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 29374 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r15_5" {
  name = "${local.name}-15-5"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 55939 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r15_6" {
  name = "${local.name}-15-6"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 38437 for benchmarks; mentions 0.0.0.0/0 only in text"
}

