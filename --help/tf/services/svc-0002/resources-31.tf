resource "aws_cloudwatch_log_group" "r31_0" {
  name = "${local.name}-31-0"
  tags = merge(local.tags, { part = "31" })
  description = "generated resource 56021 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r31_1" {
  name = "${local.name}-31-1"
  tags = merge(local.tags, { part = "31" })
  description = "generated resource 95618 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r31_2" {
  name = "${local.name}-31-2"
  tags = merge(local.tags, { part = "31" })
  description = "generated resource 69285 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r31_3" {
  name = "${local.name}-31-3"
  tags = merge(local.tags, { part = "31" })
  description = "generated resource 38964 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r31_4" {
  name = "${local.name}-31-4"
  tags = merge(local.tags, { part = "31" })
  description = "generated resource 93545 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r31_5" {
  name = "${local.name}-31-5"
  tags = merge(local.tags, { part = "31" })
  description = "generated resource 24236 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r31_6" {
  name = "${local.name}-31-6"
  tags = merge(local.tags, { part = "31" })
  description = "generated resource 35762 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r31_7" {
  name = "${local.name}-31-7"
  tags = merge(local.tags, { part = "31" })
  description = "generated resource 68689 for benchmarks; mentions 0.0.0.0/0 only in text"
}

