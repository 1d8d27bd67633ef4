resource "aws_iam_role" "r29_0" {
  name = "${local.name}-29-0"
  tags = merge(local.tags, { part = "29" })
  description = "generated resource 25225 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r29_1" {
  name = "${local.name}-29-1"
  tags = merge(local.tags, { part = "29" })
  description = "generated resource 90576 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r29_2" {
  name = "${local.name}-29-2"
  tags = merge(local.tags, { part = "29" })
  description = "generated resource 62301 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r29_3" {
  name = "${local.name}-29-3"
  tags = merge(local.tags, { part = "29" })
  description = "generated resource 78880 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r29_4" {
  name = "${local.name}-29-4"
  tags = merge(local.tags, { part = "29" })
  description = "generated resource 40628 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r29_5" {
  name = "${local.name}-29-5"
  tags = merge(local.tags, { part = "29" })
  description = "generated resource 6344 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r29_6" {
  name = "${local.name}-29-6"
  tags = merge(local.tags, { part = "29" })
  description = "generated resource 3120 for benchmarks; mentions 0.0.0.0/0 only in text"
}

