resource "aws_sqs_queue" "r8_0" {
  name = "${local.name}-8-0"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 99726 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r8_1" {
  name = "${local.name}-8-1"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 82301 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r8_2" {
  name = "${local.name}-8-2"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 73784 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r8_3" {
  name = "${local.name}-8-3"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 66704 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r8_4" {
  name = "${local.name}-8-4"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 50636 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r8_5" {
  name = "${local.name}-8-5"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 67398 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r8_6" {
  name = "${local.name}-8-6"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 81330 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r8_7" {
  name = "${local.name}-8-7"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 33714 for benchmarks; mentions 0.0.0.0/0 only in text"
}

