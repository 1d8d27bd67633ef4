resource "aws_dynamodb_table" "r13_0" {
  name = "${local.name}-13-0"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 97593 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r13_1" {
  name = "${local.name}-13-1"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 36332 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r13_2" {
  name = "${local.name}-13-2"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 72660 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r13_3" {
  name = "${local.name}-13-3"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 81349 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r13_4" {
  name = "${local.name}-13-4"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 77154 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r13_5" {
  name = "${local.name}-13-5"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 48248 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r13_6" {
  name = "${local.name}-13-6"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 88426 for benchmarks; mentions 0.0.0.0/0 only in text"
}

